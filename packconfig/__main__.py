"""``python -m packconfig`` runs the command-line interface."""

import sys

from packconfig.cli import main

sys.exit(main())
