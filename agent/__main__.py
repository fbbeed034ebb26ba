"""``python -m agent`` is the ``followup`` command."""

from agent.cli import main

raise SystemExit(main())
