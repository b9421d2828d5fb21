"""One settings object for every stage (like trafilatura's ``Extractor`` / ``use_config``).

A :class:`Settings` is frozen: the data files it reads (shipped in ``corpus_tools/data``,
each replaceable by a user's file), the numeric knobs of every stage, and — built on
demand and kept on the instance — the components made from them (a cue lexicon, the
tokenizer, the HTML rules). Stages take ``settings`` as a keyword argument and pass it
down; nothing reads a data file through a module-level cache.

    >>> from corpus_tools.settings import Settings
    >>> s = Settings()                                   # shipped data, default knobs
    >>> s.data("cues.json")["negators"][:2]
    ['tidak', 'tak']
    >>> t = s.replace(doc_timeout=30)                    # a copy; s is unchanged
    >>> (s.doc_timeout, t.doc_timeout)
    (120.0, 30.0)

A user's file (JSON or TOML) names replacement data files and knobs::

    {"data": {"cues.json": "my_cues.json"}, "doc_timeout": 60, "compare": {"threshold": 70}}

``Settings.from_file(path)`` reads it; relative data paths are taken from the file's folder.

Components are registered by name (spaCy's registry, in small)::

    @register("clauses.lexicon")
    def build_lexicon(settings): ...
    lex = settings.component("clauses.lexicon")          # built once per Settings
"""
from __future__ import annotations

import dataclasses
import json
import threading
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

DATA_DIR = Path(str(resources.files("corpus_tools") / "data"))

# --- defaults (named, so that a test or a user sets one per call) ------------------
MAX_INPUT_BYTES_DEFAULT = 20 * 1024 * 1024   # a news page is < 2 MB; 20 MB is a dump or a mistake
DOC_TIMEOUT_DEFAULT = 120.0                  # seconds one document may take in a batch
TYPO_MIN_LEN_DEFAULT = 5                     # typo repair: only unknown words this long ...
TYPO_MAX_EDITS_SHORT_DEFAULT = 1             # ... by at most this many edits (OSA distance)
TYPO_LONG_LEN_DEFAULT = 12                   # words this long ...
TYPO_MAX_EDITS_LONG_DEFAULT = 2              # ... may take this many
TYPO_SLIP_MIN_LEN_DEFAULT = 7                # a doubled-letter slip or a slip toward a domain
                                             # word is repaired only in words this long

_REGISTRY: dict[str, Callable[["Settings"], Any]] = {}


def register(name: str):
    """Register a component factory ``factory(settings) -> component`` under ``name``."""
    def deco(factory):
        _REGISTRY[name] = factory
        return factory
    return deco


class SettingsError(ValueError):
    """A settings file or an override that cannot be used; the message names it."""


@dataclass(frozen=True)
class Settings:
    """What every stage reads: data files, knobs, and the components built from them."""
    data_dir: Path = DATA_DIR
    # data file name (as shipped, e.g. "cues.json") -> the user's replacement file
    overrides: Mapping[str, Path] = field(default_factory=dict)
    max_input_bytes: int = MAX_INPUT_BYTES_DEFAULT
    doc_timeout: float = DOC_TIMEOUT_DEFAULT
    typo_min_len: int = TYPO_MIN_LEN_DEFAULT
    typo_max_edits_short: int = TYPO_MAX_EDITS_SHORT_DEFAULT
    typo_long_len: int = TYPO_LONG_LEN_DEFAULT
    typo_max_edits_long: int = TYPO_MAX_EDITS_LONG_DEFAULT
    typo_slip_min_len: int = TYPO_SLIP_MIN_LEN_DEFAULT
    # knobs of stages that keep their own frozen settings type (html, compare, scrape):
    # {"html": {...}, "compare": {...}}; each stage reads its section with ``section(name)``
    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)
    _lock: Any = field(default_factory=threading.RLock, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self):
        # Floats for float knobs whatever the caller passed (30 -> 30.0): values are compared
        # and hashed into stage versions.
        object.__setattr__(self, "doc_timeout", float(self.doc_timeout))
        object.__setattr__(self, "data_dir", Path(self.data_dir))
        object.__setattr__(self, "overrides", {k: Path(v) for k, v in dict(self.overrides).items()})

    def __reduce__(self):
        # to worker processes without the built components or the lock: a worker rebuilds
        # what it uses once
        return (_rebuild, (self._init_values(),))

    def _init_values(self) -> dict:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.init}

    # -- data files ------------------------------------------------------------------
    def path(self, name: str) -> Path:
        """Where data file ``name`` is read from: the user's replacement, else the shipped one."""
        return self.overrides.get(name) or self.data_dir / name

    def data(self, name: str) -> Any:
        """A JSON data file, parsed once per Settings (treat it as read-only)."""
        return self._cached(("data", name), lambda: _read_json(self.path(name)))

    def lines(self, name: str) -> tuple[str, ...]:
        """A text data file's non-empty lines without ``#`` comments."""
        def read():
            text = _read_text(self.path(name))
            return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
        return self._cached(("lines", name), read)

    def section(self, name: str) -> Mapping[str, Any]:
        return self.sections.get(name, {})

    # -- components ------------------------------------------------------------------
    def component(self, name: str) -> Any:
        """The component registered as ``name``, built from these settings once."""
        if name not in _REGISTRY:
            _import_owner(name)
        try:
            factory = _REGISTRY[name]
        except KeyError:
            raise KeyError(f"no component registered as {name!r}") from None
        return self._cached(("component", name), lambda: factory(self))

    def _cached(self, key, make):
        try:
            return self._cache[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._cache:
                self._cache[key] = make()
            return self._cache[key]

    # -- copies ----------------------------------------------------------------------
    def replace(self, **changes) -> "Settings":
        """A copy with some fields changed (components are rebuilt for the copy)."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self) if f.init}
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)

    def with_data(self, **files: str | Path) -> "Settings":
        """A copy reading some data files from elsewhere: ``with_data(**{"cues.json": p})``."""
        return self.replace(overrides={**self.overrides, **{k: Path(v) for k, v in files.items()}})

    @classmethod
    def from_file(cls, path: str | Path, base: Optional["Settings"] = None) -> "Settings":
        """Settings from a user's JSON or TOML file on top of ``base`` (default: shipped)."""
        path = Path(path)
        try:
            if path.suffix.lower() == ".toml":
                import tomllib
                cfg = tomllib.loads(path.read_text(encoding="utf-8"))
            else:
                cfg = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SettingsError(f"{path}: cannot read settings ({exc})") from exc
        if not isinstance(cfg, dict):
            raise SettingsError(f"{path}: settings must be an object")
        base = base or DEFAULT
        changes: dict[str, Any] = {}
        data = cfg.pop("data", {})
        if not isinstance(data, dict):
            raise SettingsError(f"{path}: 'data' must map data file names to paths")
        for name, file in data.items():
            p = Path(file)
            p = p if p.is_absolute() else path.parent / p
            if not (base.data_dir / name).exists():
                raise SettingsError(f"{path}: data.{name}: no such shipped data file")
            if not p.is_file():
                raise SettingsError(f"{path}: data.{name}: file not found: {p}")
            changes.setdefault("overrides", dict(base.overrides))[name] = p
        sections = dict(base.sections)
        fields_ = {f.name: f for f in dataclasses.fields(cls) if f.init}
        for key, value in cfg.items():
            if isinstance(value, dict):
                sections[key] = {**sections.get(key, {}), **value}
            elif key in fields_ and key not in ("data_dir", "overrides", "sections"):
                changes[key] = value
            else:
                raise SettingsError(f"{path}: unknown setting {key!r}")
        if sections != dict(base.sections):
            changes["sections"] = sections
        return base.replace(**changes)

    def fingerprint(self, names: tuple[str, ...] = ()) -> bytes:
        """Bytes that change when these data files or any knob change (for stage versions)."""
        parts = [repr(sorted((f.name, getattr(self, f.name)) for f in dataclasses.fields(self)
                             if f.init and f.name not in ("data_dir", "overrides", "sections")))]
        parts.append(repr(sorted((k, sorted(v.items())) for k, v in self.sections.items())))
        out = "\0".join(parts).encode()
        for name in names:
            out += name.encode() + b"\0" + self.path(name).read_bytes()
        return out


def _rebuild(values: dict) -> "Settings":
    return Settings(**values)


def _read_json(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise SettingsError(f"{path}: cannot read data file ({exc})") from exc


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise SettingsError(f"{path}: cannot read data file ({exc})") from exc


def _import_owner(name: str) -> None:
    """Import the module that registers component ``name`` ("clauses.lexicon" -> corpus_tools.clauses)."""
    import importlib
    module = name.rsplit(".", 1)[0]
    try:
        importlib.import_module(f"corpus_tools.{module}")
    except ImportError:
        pass


DEFAULT = Settings()


def resolve(settings: Optional[Settings]) -> Settings:
    """``settings`` or the shipped defaults: the one line every stage's entry point starts with."""
    return DEFAULT if settings is None else settings
