"""``python -m bench [--quick|--full]`` runs every benchmark; ``python -m bench NAME ARGS...`` runs one."""
from __future__ import annotations

import importlib
import sys

from . import BENCHMARKS, COMMON_FLAGS, NOT_IN_ALL


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help"):
        print(f"usage: python -m bench [--quick|--full]            run every benchmark ({', '.join(n for n in BENCHMARKS if n not in NOT_IN_ALL)})\n"
              f"       python -m bench {{{'|'.join(BENCHMARKS)}}} [ARGS...]   run one (NAME --help for its options)")
        return 0
    if argv and argv[0] in BENCHMARKS:
        return importlib.import_module(BENCHMARKS[argv[0]]).main(argv[1:])
    if argv and not argv[0].startswith("-"):
        # `python -m bench DIR ...` reads as the HTML benchmark on extra page directories
        return importlib.import_module(BENCHMARKS["html"]).main(argv)
    unknown = [a for a in argv if a not in COMMON_FLAGS]
    if unknown:
        print(f"python -m bench: without a benchmark name only {', '.join(sorted(COMMON_FLAGS))} are accepted "
              f"(got {' '.join(unknown)}); use `python -m bench NAME {' '.join(unknown)}`", file=sys.stderr)
        return 2
    status = 0
    for name, module in BENCHMARKS.items():
        if name in NOT_IN_ALL:
            continue
        print(f"== bench {name} ==", flush=True)
        status |= importlib.import_module(module).main(argv)
    return status


if __name__ == "__main__":
    sys.exit(main())
