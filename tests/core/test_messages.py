import pytest

from packconfig.core import messages
from packconfig.core.errors import DataFileError, InputError
from packconfig.core.pack.validate import series_parallel
from packconfig.core.units import Q_, parse_quantity, require


@pytest.mark.parametrize("call,en,zh", [
    (lambda: parse_quantity("3 kg", "current", "工作电流"), "must be a current (A), got 3 kg",
     "工作电流必须是电流（A），当前输入为 3 kg。"),
    (lambda: parse_quantity("", "voltage", "目标电压"), "is empty", "目标电压为空"),
    (lambda: parse_quantity("abc", "voltage", "目标电压"), "must start with a number",
     "须以数字开头"),
    (lambda: parse_quantity("3 furlong", "length", "间隙"), "cannot read", "无法将“3 furlong”"),
    (lambda: require(Q_(float("inf"), "V"), "voltage", "v"), "finite", "有限数值"),
    (lambda: series_parallel(0, 1), "at least 1", "至少为 1"),
    (lambda: series_parallel("x", 1), "whole number", "必须是整数"),
    (lambda: series_parallel(900, 900), "810,000 cells", "共 810,000 只电芯"),
])
def test_coded_errors_render_in_both_languages(call, en, zh):
    with pytest.raises(InputError) as info:
        call()
    assert en in messages.text(info.value, "en") == str(info.value)
    assert zh in messages.text(info.value, "zh")


def test_uncoded_errors_fall_back_to_english():
    exc = InputError("something new")
    assert messages.text(exc, "zh") == str(exc)
    assert messages.text(ValueError("boom"), "zh") == "boom"


def test_uncoded_file_problem_keeps_english_inside_a_chinese_frame():
    exc = DataFileError("x.toml", "not valid TOML")
    assert messages.text(exc, "en") == str(exc) == "x.toml: not valid TOML"
    assert messages.text(exc, "zh") == "无法读取 x.toml：not valid TOML"
