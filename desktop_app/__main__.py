"""`python -m desktop_app` starts the program (same as the `bagalau` command)."""
import sys

from desktop_app.app import main

sys.exit(main())
