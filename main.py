"""Start vinkdesk: `python main.py` is the same as the `vinkdesk` command."""

import sys

from vinkdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
