"""The program against the corpus gold (written from the documents by reading them).

Thresholds are set a little under what was measured when they were set
(meta 0.996, headings F1 0.999 over 20 documents), so that a regression fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from pipeline.evaluate import evaluate

# these run check on a whole corpus set (OCR, LibreOffice): make test-fast skips them
pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "documents"


@pytest.fixture(scope="module")
def report():
    return evaluate(CORPUS)


def test_corpus_has_at_least_20_documents_with_gold(report):
    assert len(report.documents) >= 20
    formats = {d.file.rsplit(".", 1)[1] for d in report.documents}
    assert {"docx", "pdf", "txt", "md", "html", "doc", "odt", "rtf"} <= formats
    assert not [d.file for d in report.documents if d.error]


def test_segmentation_meets_the_thresholds(report):
    assert report.meta_accuracy >= 0.97, report.field_accuracy()
    assert report.headings.f1 >= 0.97
    for name, accuracy in report.field_accuracy().items():
        assert accuracy >= 0.9, name


def test_extractors_meet_the_thresholds(report):
    scores = report.extraction()
    # measured: duty holders 0.950, dates 0.980 (dateparser on the same gold: 0.608), references 0.958
    # (0.93 until session 17; since then a heading of two bodies, "Phòng Giáo dục Mầm non và Phòng
    # Giáo dục Tiểu học", "Ủy ban MTTQ Việt Nam quận và các đoàn thể", gives each body the duties
    # under it, as one-hundred-eleventh's blind gold reads such an article, where this older gold
    # keeps them one holder: two documents, three of their files, 0.938 -> 0.912)
    assert scores["duty holders"].f1 >= 0.91
    assert scores["dates"].f1 >= 0.95
    assert scores["date values"].f1 > scores["date values (dateparser)"].f1
    assert scores["references"].f1 >= 0.93
    assert sum(s.tp + s.fn for s in [scores["duty holders"]]) >= 150


def test_eval_command_prints_the_scores(tmp_path):
    import shutil

    for name in ("seed-huong-tra-bdg-2023.txt", "seed-huong-tra-bdg-2023.gold.json"):
        shutil.copy(CORPUS / name, tmp_path / name)
    out = run_cli("eval", tmp_path)
    assert out.returncode == 0, out.stderr
    assert "TOTAL meta accuracy" in out.stdout and "headings P=" in out.stdout
    assert "seed-huong-tra-bdg-2023.txt" in out.stdout


def test_eval_adds_up_every_check_set_for_the_goals_of_judging_and_targets():
    """#17's goals are read on all the sets together: a line sums the verdicts, those where a
    document was sent, the review yield and the results against targets."""
    from pipeline.evaluate import CheckReport, format_check_total

    one = CheckReport(name="a", verdicts=[("covered", "covered"), ("partial", "covered"), ("not_submitted",
                                                                                          "not_submitted")],
                      marked=[("covered", "covered", 0.9, False), ("partial", "covered", 0.2, True),
                              ("not_submitted", "not_submitted", 1.0, False)],
                      attachments=[("T1", "T1")], judgements=[("met", "met")])
    two = CheckReport(name="b", verdicts=[("missing", "covered")], marked=[("missing", "covered", 0.8, False)],
                      attachments=[("T2", "")], judgements=[("not_met", "not_met")])
    line = format_check_total([one, two])
    assert line == ("check, all 2 sets: verdict accuracy 0.500 (4 verdicts); where a document was sent 0.333; "
                    "review yield: 1 of 2 wrong verdicts among the 1 of 4 marked; results attached 0.500 (2), "
                    "targets judged 1.000 (2)")


def test_which_of_two_identical_files_is_the_copy_is_a_convention(tmp_path):
    """The gold calls the copy in "Zalo/" the duplicate; the program keeps the shorter name as the
    original: the two same files agree on status, role and sender all the same (sixtieth). A
    program that called both files originals would still be wrong."""
    from pipeline.evaluate import _originals_as_ours
    from pipeline.runmodel import FileResult, FileStatus

    root = FileResult(rel="KH ATTP 2026 - TH Hung Nguyen.pdf", path=tmp_path / "a", sha256="x")
    zalo = FileResult(rel="Zalo/KH_05.pdf", path=tmp_path / "b", sha256="x")
    root.status, root.duplicate_of = FileStatus.DUPLICATE, zalo
    gold = {root.rel: {"status": "ok", "role": "unit_plan"}, zalo.rel: {"status": "duplicate", "role": "unit_plan"}}
    swapped = _originals_as_ours(gold, {root.rel: root, zalo.rel: zalo})
    assert swapped[root.rel]["status"] == "duplicate" and swapped[zalo.rel]["status"] == "ok"
    root.status, root.duplicate_of = FileStatus.OK, None
    assert _originals_as_ours(gold, {root.rel: root, zalo.rel: zalo}) == gold
