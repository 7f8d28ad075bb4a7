"""python -m ogg_desktop / the ogg-desktop command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--self-test" in args:  # before the command line loads Qt: the self-test needs none
        from ogg_desktop.selftest import main as self_test

        return self_test(args)
    from ogg_desktop.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
