"""`python -m voice` is the same as the `voice` command."""

from voice.cli import main

raise SystemExit(main())
