import numpy as np
import pytest

from packconfig.core.cells import chemistry


@pytest.mark.parametrize("text,key", [
    ("LFP", "LFP"), ("lfp", "LFP"), ("LFP (LFP/graphite, steel can)", "LFP"),
    ("NMC (nickel-rich)", "NMC"), ("NCM622", "NMC"), ("NMC811 (~81.6% Ni)", "NMC"),
    ("NCA (per TUM DB)", "NCA"), ("LTO (NMC/LTO)", "LTO"), ("Na-ion", "NaIon"),
    ("LMO (manganese spinel based)", "LMO"), ("LCO (ICR)", "LCO"),
])
def test_normalise(text, key):
    assert chemistry.normalise(text) == key


@pytest.mark.parametrize(
    "text", ["", "   ", "磷酸铁锂", "Unobtainium", "(", "Li-ion (not specified)"])
def test_unrecognised_is_none(text):
    assert chemistry.normalise(text) is None


def test_ocv_interpolates_within_window():
    lfp = chemistry.get("LFP")
    soc = np.linspace(0, 1, 101)
    ocv = lfp.ocv(soc)
    assert np.all(np.diff(ocv) >= 0)
    assert ocv[0] >= lfp.min_voltage.to("V").magnitude - 1e-9
    assert ocv[-1] <= lfp.max_voltage.to("V").magnitude + 1e-9


def test_unknown_key_lists_known():
    with pytest.raises(Exception, match="known: LFP"):
        chemistry.get("XYZ")
