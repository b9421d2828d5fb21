"""corpus_tools: how Indonesian regional circulars restate national rules on ASN neutrality.

    >>> import corpus_tools
    >>> corpus_tools.extract_dir("raw", "extracted")          # doctest: +SKIP
    >>> df = corpus_tools.load_clauses("extracted")            # doctest: +SKIP
"""
__version__ = "0.1.0"

__all__ = ["extract_dir", "extract_file", "load_clauses", "load_documents", "iter_documents", "compare_dir",
           "Settings"]


def __getattr__(name):  # lazy: importing the package must not load spaCy
    if name == "extract_dir":
        from .batch import extract_dir
        return extract_dir
    if name == "extract_file":
        from .pipeline import extract_file
        return extract_file
    if name in ("load_clauses", "load_documents", "iter_documents"):
        from . import outputs
        return getattr(outputs, name)
    if name == "Settings":
        from .settings import Settings
        return Settings
    if name == "compare_dir":
        from .compare import compare_dir
        return compare_dir
    raise AttributeError(name)
