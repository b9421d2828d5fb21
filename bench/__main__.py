"""``python -m bench`` runs every benchmark; ``python -m bench NAME ARGS...`` runs one."""
from __future__ import annotations

import importlib
import sys

from . import BENCHMARKS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help"):
        print(f"usage: python -m bench [{'|'.join(BENCHMARKS)}] [ARGS...]")
        return 0
    if argv and argv[0] in BENCHMARKS:
        return importlib.import_module(BENCHMARKS[argv[0]]).main(argv[1:])
    if argv and not argv[0].startswith("-"):
        # `python -m bench DIR ...` reads as the HTML benchmark on extra page directories
        return importlib.import_module(BENCHMARKS["html"]).main(argv)
    status = 0
    for name, module in BENCHMARKS.items():
        print(f"== bench {name} ==")
        status |= importlib.import_module(module).main(argv)
    return status


if __name__ == "__main__":
    sys.exit(main())
