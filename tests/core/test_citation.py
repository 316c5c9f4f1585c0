"""The customer's PDF cites a cell's document and publisher, not the research record
(issue 14, item 5)."""

from __future__ import annotations

import re

import pytest

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.cells.citation import MAX_CHARS, short_citation


@pytest.mark.parametrize("source,expected", [
    ('BAK "32140FS-15.0Ah Performance Introduction" (https://www.scribd.com/document/835392103/'
     '32140FS-15-0Ah-performance-introduction); min capacity, 305 g detailed weight and 15 A '
     'rating from NKON page https://www.nkon.nl/novat/cbak-32140-15ah.html (page as captured '
     '2026-07-01)', 'BAK, "32140FS-15.0Ah Performance Introduction"; NKON page'),
    ("NKON product page https://www.nkon.nl/novat/cbak-40135fs.html (page as captured "
     "2026-07-01)", "NKON product page"),
    ("TUMFTM/TruckBatteryDesign: Step1_cell_selection/inputs/CellDatabase_v6.xlsx (sheet RAW "
     "DATA, row ISI-049); same values mirrored in phdechent/CellInfoRepository: "
     "BatteryTypeJson/BAK_26650HC2.json", "CellDatabase_v6.xlsx, TUMFTM/TruckBatteryDesign"),
    ("Samsung SDI spec INR21700-50E V1.0 2018-07-11 (https://documents.pub/document/spec.html); "
     "capacity, mass, dims from TUMFTM/TruckBatteryDesign CellDatabase_v6.xlsx row TUM-04 "
     "(datasheet 19.12.2017)",
     "Samsung SDI spec INR21700-50E V1.0 2018-07-11; CellDatabase_v6.xlsx, "
     "TUMFTM/TruckBatteryDesign"),
    ("Battery Mooch bench test (endless-sphere.com thread \"bench-test-results\") as compiled "
     "in a public cell-database file on GitHub", "Battery Mooch bench test"),
    ("AA Portable Power Corp. product specification LFP-26650-3300, mirrored at "
     "https://1library.net/document/q2n44p6r.html",
     "AA Portable Power Corp. product specification LFP-26650-3300"),
    ("http://www.first-products.de/specsenglisch.htm (A123 specification and care guidelines)",
     "A123 specification and care guidelines (first-products.de)"),
    ("https://pushevs.com/2018/01/29/leaf/ (3.75 V x 32.5 Ah); "
     "https://nissanleaf.carhackingwiki.com/index.php/LBC (32.5 Ah)",
     "pushevs.com; nissanleaf.carhackingwiki.com"),
    ("BAK 32140FS-15.0Ah performance introduction", "BAK 32140FS-15.0Ah performance introduction"),
    ("", ""),
])
def test_short_citation(source, expected):
    assert short_citation(source) == expected


def test_no_shipped_citation_carries_research_notes():
    for cell in load_catalog():
        cite = short_citation(cell.source)
        assert cite, cell.id
        assert len(cite) <= MAX_CHARS
        assert not re.search(r"https?://|captured|find_string|mirror|as compiled|\(\s*\(|"
                             r"\(\s*$|\(\s*;|row [A-Z]", cite), (cell.id, cite)


def test_long_sources_are_cut_at_a_word():
    cite = short_citation("Publisher " + "word " * 100)
    assert len(cite) <= MAX_CHARS and cite.endswith("…") and " wor…" not in cite
