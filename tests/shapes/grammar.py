"""A shape grammar: invented article snippets that state a list of rules, each with the
clauses a careful reader extracts (issue 9, session 7).

The vocabulary is data (``grammar.json`` beside this file); this module only combines it.
One snippet is

    intro paragraph
    [speaker frame around] a lead-in        (colon / "berikut" without colon / question /
                                             count announcement / heading)
    N items in one marker style             (1. 1) (1) a. a) (a) • - * ordinals, none)
      - the item under test has one form    (verb phrase, noun phrase, "kecuali"/"sepanjang"
                                             condition, own cue of another kind, an item
                                             running over two paragraphs)
    a closing line that is no item          (a sentence of prose, "Baca juga", a byline, ...)

and expects one clause per item: of the item's own kind when it carries a cue, else of
the lead-in's kind; the closing line, the lead-in and a continuation paragraph give none.
:func:`grid` draws a deterministic sample of the full product of these dimensions.
"""
from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

GRAMMAR = json.loads((Path(__file__).with_name("grammar.json")).read_text(encoding="utf-8"))

DIMENSIONS = ("lead", "marker", "form", "kind", "speaker", "closing", "sep")
LETTERS = "abcdefghij"


@dataclass
class Expected:
    kind: str
    key: str          # the act's first words, lower case: the clause must contain them


@dataclass
class Snippet:
    text: str
    expected: list[Expected]
    family: dict = field(default_factory=dict)   # dimension -> value

    def name(self) -> str:
        return " ".join(f"{k}={self.family[k]}" for k in DIMENSIONS)


def _marker(style: str, k: int) -> str:
    if style in ("1.", "1)", "(1)"):
        return style.replace("1", str(k + 1)) + " "
    if style in ("a.", "a)", "(a)"):
        return style.replace("a", LETTERS[k]) + " "
    if style == "a./b)":
        return LETTERS[k] + ("." if k % 2 == 0 else ")") + " "
    if style == "ordinal":
        return GRAMMAR["ordinals"][k] + ", "
    if style == "none":
        return ""
    return style + " "


def _key(act: str, words: int = 3) -> str:
    return " ".join(act.split()[:words]).lower().rstrip(",")


def _other_kind(kind: str, rng: random.Random) -> str:
    return rng.choice([k for k in GRAMMAR["kinds"] if k != kind])


def snippet(lead: str, marker: str, form: str, kind: str, speaker: str, closing: int, sep: str,
            rng: random.Random) -> Snippet:
    g = GRAMMAR
    actor = rng.choice(g["actors"])
    cue = rng.choice(g["kinds"][kind]["lead_cues"])
    verbs = [it for it in g["items"] if it["form"] == "verb"]
    under_test = rng.choice([it for it in g["items"] if it["form"] == form])
    n = rng.choice((2, 3, 4)) if form == "verb" else 3
    others = rng.sample([it for it in verbs if it is not under_test], n - 1)
    items = others[:]
    items.insert(rng.randrange(n) if form != "verb" else 0, under_test)
    template = rng.choice(g["lead_ins"][lead])
    title = " ".join(w[0].upper() + w[1:] for w in actor.split())
    lead_text = template.format(actor=actor, Actor=title if lead == "heading" else actor[0].upper() + actor[1:],
                                cue=cue, n=g["number_words"][n - 2], N=str(n), Cue=cue.title(),
                                noun=g["kinds"][kind].get("noun", ""))
    frame = g["speakers"][speaker]
    lead_text = frame.format(lead=lead_text, lead_lc=lead_text[0].lower() + lead_text[1:])
    paras = [rng.choice(g["intros"]), lead_text]
    expected = []
    for k, it in enumerate(items):
        act = it["act"]
        item_kind = kind
        if "{item_cue}" in act:
            item_kind = _other_kind(kind, rng)
            icue = rng.choice(g["kinds"][item_kind]["item_cues"])
            act = act.format(item_cue=icue, Actor=actor[0].upper() + actor[1:])
            key = _key(act.split(icue, 1)[1].strip())
        elif it.get("key_after"):
            key = _key(act.split(it["key_after"], 1)[1])
        else:
            key = _key(act)
        body = act[0].lower() + act[1:] if marker == "ordinal" and act[1:2].islower() else act
        line = _marker(marker, k) + body + ("." if marker in ("ordinal", "none") or rng.random() < 0.5 else ";")
        if speaker == "quote" and k == len(items) - 1:
            line = line.rstrip(".;") + "," + g["quote_close"]
        paras.append(line)
        if it.get("more"):
            paras.append(it["more"])
        expected.append(Expected(item_kind, key))
    paras.append(g["closings"][closing])
    return Snippet(sep.join(paras), expected, {"lead": lead, "marker": marker, "form": form, "kind": kind,
                                               "speaker": speaker, "closing": closing, "sep": repr(sep)})


def _valid(lead: str, marker: str, form: str, speaker: str) -> bool:
    if lead in ("heading", "question") and speaker != "none":
        return False                       # a heading or a reader's question is nobody's speech
    if form == "two_paragraphs" and marker in ("none",):
        return False                       # an unmarked item and its second paragraph look alike
    return True


def grid(size: int = 3000, seed: int = 7) -> list[Snippet]:
    """A deterministic sample of ``size`` snippets from the product of all dimensions."""
    g = GRAMMAR
    forms = sorted({it["form"] for it in g["items"]})
    combos = [c for c in itertools.product(g["lead_ins"], g["markers"], forms, g["kinds"], g["speakers"],
                                           range(len(g["closings"])), g["separators"]) if _valid(c[0], c[1], c[2], c[4])]
    rng = random.Random(seed)
    picked = combos if size >= len(combos) else rng.sample(combos, size)
    return [snippet(*c, rng=random.Random(f"{seed}:{i}")) for i, c in enumerate(picked)]


def check(sn: Snippet, clauses) -> list[str]:
    """What is wrong with the clauses found in a snippet (empty: it passes)."""
    found = [(c.kind, " ".join(sn.text[c.start:c.end].split()).lower()) for c in clauses]
    problems, free = [], list(range(len(found)))
    for e in sn.expected:
        hit = next((j for j in free if found[j][0] == e.kind and e.key in found[j][1]), None)
        if hit is None:
            near = next((found[j] for j in free if e.key in found[j][1]), None)
            problems.append(f"missed {e.kind[:4]} '{e.key}'" + (f" (found as {near[0][:4]})" if near else ""))
        else:
            free.remove(hit)
    problems += [f"spurious {found[j][0][:4]} '{found[j][1][:50]}'" for j in free]
    return problems
