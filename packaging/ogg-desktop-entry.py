"""The frozen app's entry point (PyInstaller): the same as ``python -m ogg_desktop``."""

import sys

from ogg_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
