"""The extractors as spaCy components over a blank Vietnamese pipeline.

    nlp = make_pipeline()            # blank "vi", syllable tokens, our components
    doc = nlp("Phòng Tư pháp chủ trì … trước ngày 25/02/2023")
    doc.spans["bodies"], doc.spans["dates"], doc.spans["references"]

Each span carries the extractor's record in ``span._.rasoat`` (a dict). The
gazetteer of fixed body names (with their aliases) is also loaded into a
PhraseMatcher-backed SpanRuler, so that a user can add names to it at run time
(``nlp.get_pipe("rasoat_names").add_patterns([...])``). spaCy's own Vietnamese
tokenizer needs pyvi for word segmentation; we keep syllable tokens (split on
spaces and punctuation), which is what the rules work on.
"""

from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .bodies import find_bodies, gazetteer
from .dates import find_dates
from .references import find_references

if not Span.has_extension("rasoat"):
    Span.set_extension("rasoat", default=None)


def _spans(doc: Doc, hits, label: str) -> list[Span]:
    out = []
    for h in hits:
        span = doc.char_span(h.start, h.end, label=label, alignment_mode="expand")
        if span is not None:
            span._.rasoat = {k: v for k, v in asdict(h).items() if k not in ("start", "end")}
            out.append(span)
    return out


@Language.component("rasoat_bodies")
def bodies_component(doc: Doc) -> Doc:
    doc.spans["bodies"] = _spans(doc, find_bodies(doc.text), "BODY")
    return doc


@Language.factory("rasoat_dates", default_config={"default_year": None})
def dates_factory(nlp: Language, name: str, default_year: int | None):
    def component(doc: Doc) -> Doc:
        doc.spans["dates"] = _spans(doc, find_dates(doc.text, default_year), "DATE")
        return doc

    return component


@Language.factory("rasoat_references", default_config={"default_year": None})
def references_factory(nlp: Language, name: str, default_year: int | None):
    def component(doc: Doc) -> Doc:
        doc.spans["references"] = _spans(doc, find_references(doc.text, default_year), "REF")
        return doc

    return component


def _tokenizer(nlp: Language) -> None:
    from spacy.lang.xx import MultiLanguage

    defaults = MultiLanguage.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex(defaults.prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(defaults.suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(defaults.infixes).finditer


def make_pipeline(default_year: int | None = None) -> Language:
    import spacy

    nlp = spacy.blank("xx")  # the multi-language tokenizer: punctuation split off syllables
    nlp.lang = "vi"
    ruler = nlp.add_pipe("span_ruler", name="rasoat_names", config={"spans_key": "names"})
    patterns = []
    for entry in gazetteer()["fixed"]:
        for alias in [entry["name"], *entry.get("aliases", [])]:
            patterns.append({"label": "BODY", "pattern": alias, "id": entry["name"]})
    ruler.add_patterns(patterns)
    nlp.add_pipe("rasoat_bodies")
    nlp.add_pipe("rasoat_dates", config={"default_year": default_year})
    nlp.add_pipe("rasoat_references", config={"default_year": default_year})
    return nlp
