"""Chinese (zh_CN) interface: every visible text translated, the Language menu switching
at run time (and remembered), --language, locale-aware display, and the shipped .ts/.qm
in step with the code."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from packconfig import display, i18n_build
from packconfig.cli import build_parser
from packconfig.core.money import Money
from packconfig.core.units import Q_
from packconfig.gui import i18n, persist

SB = QMessageBox.StandardButton

#: ASCII words that are the same in Chinese: units, currency codes, abbreviations and
#: names used as is in the battery industry.
ALLOWED_WORDS = {
    "V", "A", "h", "Ah", "W", "Wh", "kW", "kWh", "kg", "g", "mm", "L", "m", "C", "min", "s",
    "S", "P", "SOC", "OCV", "BMS", "PDF", "CNY", "USD", "EUR", "US", "LFP", "NMC", "NCA",
    "LTO", "CATL", "EVE", "packconfig", "pcproj", "json", "pdf", "cylindrical", "prismatic",
    "pouch", "UN", "English",
}
#: Widgets that show data (catalog entries, cell ids, currency codes), not interface text.
DATA_WIDGETS = {"cellLabel", "configurationLabel", "chemistryFilter", "formatFilter",
                "currencyCombo", "cellDetails", "incotermCombo"}  # Incoterms codes are used as is
LETTERS = re.compile(r"[A-Za-z]+")


def foreign_words(text: str) -> list[str]:
    """ASCII words of ``text`` that are not on the allow-list (mnemonics ``&X`` and the
    ``(&X)`` accelerators of Chinese menus do not count)."""
    text = re.sub(r"\(&[A-Za-z]\)|&(?=[A-Za-z])", "", text)
    return [w for w in LETTERS.findall(text) if w not in ALLOWED_WORDS]


def _in_data_widget(w: QWidget) -> bool:
    while w is not None:
        if w.objectName() in DATA_WIDGETS or w.objectName().startswith("result_"):
            return True
        w = w.parentWidget()
    return False


def _model_headers(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount())]


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every interface text under ``root``, keyed by a structural path that is the same
    for two windows built the same way: labels, buttons, group boxes, tabs, window
    titles, table headers, placeholders, tooltips, combo items, spin box suffixes and
    the menus' actions."""
    out: dict[str, str] = {}

    def put(key: str, text: str) -> None:
        if text and text.strip():
            out[key] = text

    def walk(w: QWidget, path: str) -> None:
        if w.isHidden() and w is not root and not isinstance(w.parentWidget(),
                                                              QStackedWidget):
            return
        if isinstance(w, QMenu):
            return  # menus are read from the menu bar below
        data = _in_data_widget(w)
        if not data:
            put(f"{path}#tooltip", w.toolTip())
            if w.isWindow():
                put(f"{path}#title", w.windowTitle())
            if isinstance(w, QLabel):
                put(f"{path}#text", w.text())
            elif isinstance(w, QAbstractButton):
                put(f"{path}#text", w.text())
            elif isinstance(w, QGroupBox):
                put(f"{path}#title", w.title())
            elif isinstance(w, QTabWidget):
                for i in range(w.count()):
                    put(f"{path}#tab{i}", w.tabText(i))
            elif isinstance(w, QTableView):
                for i, h in enumerate(_model_headers(w)):
                    put(f"{path}#header{i}", h)
            elif isinstance(w, QListWidget):
                for i in range(w.count()):
                    put(f"{path}#row{i}", w.item(i).text())
            elif isinstance(w, (QLineEdit, QPlainTextEdit)):
                put(f"{path}#placeholder", w.placeholderText())
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    put(f"{path}#item{i}", w.itemText(i))
            elif isinstance(w, QAbstractSpinBox):
                put(f"{path}#suffix", getattr(w, "suffix", lambda: "")())
        counts: dict[str, int] = {}
        for child in w.children():
            if isinstance(child, QWidget):
                name = child.objectName() or type(child).__name__
                counts[name] = counts.get(name, 0) + 1
                walk(child, f"{path}/{name}[{counts[name]}]")

    walk(root, type(root).__name__)
    if isinstance(root, QMainWindow):
        for m, menu_action in enumerate(root.menuBar().actions()):
            menu = menu_action.menu()
            put(f"menu{m}#title", menu_action.text())
            for a, action in enumerate(menu.actions() if menu else []):
                put(f"menu{m}/{a}#text", action.text())
                if action.toolTip() != action.text().replace("&", "").rstrip("…"):
                    put(f"menu{m}/{a}#tooltip", action.toolTip())
    return out


def untranslated(english: dict[str, str], chinese: dict[str, str]) -> list[str]:
    """Texts still equal to their English source and holding words not allowed as is,
    plus Chinese texts with a missing counterpart."""
    bad = []
    for key, text in chinese.items():
        if english.get(key) == text and foreign_words(text):
            bad.append(f"{key}: {text!r}")
    return bad


@pytest.fixture
def language_reset():
    """Tests switch the process-wide language: always back to English afterwards."""
    yield
    i18n.set_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _settle(qtbot) -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    qtbot.wait(10)


def _window(qtbot):
    from packconfig.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    # build the lazy pages (charts, Explorer) the user reaches through the tabs
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        win.update_charts()
    win.tabs.setCurrentIndex(0)
    win.pages.setCurrentIndex(1)
    win.pages.setCurrentIndex(0)
    return win


def _close(win) -> None:
    win.doc.stack.setClean()
    win.close()


# ------------------------------------------------------------------ (1) coverage
def test_every_visible_text_is_translated(qtbot, language_reset):
    en_win = _window(qtbot)
    english = visible_texts(en_win)
    assert english["menu0#title"] == "&File"

    assert i18n.set_language("zh") == "zh"
    _settle(qtbot)
    zh_win = _window(qtbot)  # built fresh in Chinese
    chinese = visible_texts(zh_win)
    assert set(chinese) == set(english), set(chinese) ^ set(english)
    bad = untranslated(english, chinese)
    assert not bad, "untranslated texts:\n" + "\n".join(bad)

    # the English window switched at run time shows the same texts as the fresh one
    switched = visible_texts(en_win)
    differ = [f"{k}: {switched.get(k)!r} != {v!r}" for k, v in chinese.items()
              if switched.get(k) != v]
    assert not differ, "texts not switched at run time:\n" + "\n".join(differ)
    _close(en_win)
    _close(zh_win)


def test_checker_catches_an_untranslated_text():
    """The coverage test can fail: an English text left as is is reported, units and
    allowed words are not."""
    english = {"a#text": "Pack mass", "b#text": "51.2 V", "c#text": "1.54 kW",
               "d#text": "导出 PDF(&E)…", "e#text": "&File"}
    chinese = {"a#text": "Pack mass", "b#text": "51.2 V", "c#text": "1.54 kW",
               "d#text": "导出 PDF(&E)…", "e#text": "&File"}
    assert untranslated(english, chinese) == ["a#text: 'Pack mass'", "e#text: '&File'"]


def test_dialogs_translated(qtbot, dialogs, language_reset):
    """About, the unsaved-changes question (with Qt's own buttons), the quote register
    and the Explorer's comparison dialog, in Chinese."""
    from packconfig.gui.quote_actions import RegisterDialog

    en_register = RegisterDialog()
    qtbot.addWidget(en_register)
    english = visible_texts(en_register)
    i18n.set_language("zh")
    _settle(qtbot)
    win = _window(qtbot)
    win.about()
    title, text = dialogs.calls_of("about")[0].args[1:3]
    assert title == "关于 packconfig" and "电池包配置与报价工具" in text

    win.doc.edit("x", series=win.doc.project.series + 1)
    dialogs.question_answer = SB.Cancel
    assert win.maybe_save() is False
    q = dialogs.calls_of("question")[0]
    assert q.args[1:3] == ("未保存的更改", "设计有未保存的更改。是否先保存？")
    # Qt's base translation (qtbase_zh_CN.qm from the PySide6 wheel) names the buttons
    assert i18n.qt_base_loaded(), "qtbase_zh_CN.qm not found in " + i18n.qt_translations_dir()
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", SB.Save | SB.Discard | SB.Cancel)
    qtbot.addWidget(box)
    assert [box.button(b).text().replace("&", "") for b in (SB.Save, SB.Discard, SB.Cancel)] \
        == ["保存", "丢弃", "取消"]

    register = RegisterDialog(win)
    qtbot.addWidget(register)
    register.show()
    chinese = visible_texts(register)
    assert chinese["RegisterDialog#title"] == "报价登记簿"
    bad = untranslated(english, chinese)
    assert not bad, "\n".join(bad)
    register.close()

    tab = win.explorer
    assert tab is not None
    tab.form.set_values({"min_voltage": "350 V", "max_voltage": "420 V",
                         "min_energy_usable": "60 kWh", "max_mass": "500 kg"})
    with qtbot.waitSignal(tab.searchFinished, timeout=30_000):
        assert tab.start_search()
    qtbot.waitUntil(lambda: tab.worker is None, timeout=5000)
    assert "个方案中有" in tab.status.text()
    tab.select_row(0)
    tab.select_row(1, extend=True)
    dlg = tab.compare_selected()
    assert dlg is not None and dlg.windowTitle() == "方案对比"
    rows = [dlg.table.verticalHeaderItem(r).text() for r in range(dlg.table.rowCount())]
    assert "标称电压" in rows and "可用能量" in rows
    assert not [r for r in rows if foreign_words(r)], rows
    dlg.close()
    _close(win)


# ------------------------------------------------------------ (2) runtime switch
def test_language_menu_switches_now_and_is_remembered(qtbot, language_reset):
    win = _window(qtbot)
    a = win.actions
    assert a.languages["en"].isChecked()
    assert a.menus["file"].title() == "&File"
    assert win.config.suggest_s.text() == "Suggest S"
    tabs_en = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    pages_en = [win.pages.tabText(i) for i in range(win.pages.count())]

    a.languages["zh"].trigger()
    assert i18n.current_language() == "zh" and win.language() == "zh"
    assert a.menus["file"].title() == "文件(&F)"
    assert a.languages["zh"].isChecked() and not a.languages["en"].isChecked()
    assert win.config.suggest_s.text() == "推荐串数"
    assert win.findChild(QLabel, "warningsTitle").text() == "警告"
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == [
        "排布图", "电压-SOC 曲线", "成本构成", "报价", "电池包", "物料清单"]
    assert [win.pages.tabText(i) for i in range(win.pages.count())] == ["配置", "方案搜索",
                                                                          "使用性能", "寿命"]
    assert win.actions.undo.objectName() == "actionUndo"
    assert win.actions.undo.text().startswith("撤销")
    # figures re-rendered through display in Chinese: unknown ones read 无数据
    assert win.findChild(QLabel, "result_current_charge_max").text() == "无数据"
    assert win.findChild(QLabel, "result_price_unit").text().startswith("¥")
    assert win.quote.pdf_language() == "zh"  # the PDF follows the interface language
    assert win.browser.model.headerData(5, Qt.Orientation.Horizontal) == "标称电压"
    # remembered in the GUI settings (PACKCONFIG_HOME) and used at the next start
    assert persist.saved_language(persist.gui_settings()) == "zh"
    assert i18n.startup_language(None, None, persist.saved_language(persist.gui_settings()),
                                 QLocale("en_US")) == "zh"

    a.languages["en"].trigger()
    assert a.menus["file"].title() == "&File"
    assert win.config.suggest_s.text() == "Suggest S"
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == tabs_en
    assert [win.pages.tabText(i) for i in range(win.pages.count())] == pages_en
    assert win.findChild(QLabel, "result_current_charge_max").text() == "not available"
    assert win.quote.pdf_language() == "en"
    assert persist.saved_language(persist.gui_settings()) == "en"
    _close(win)


def test_pdf_language_can_still_be_chosen_per_quote(qtbot, language_reset):
    i18n.set_language("zh")
    _settle(qtbot)
    win = _window(qtbot)
    assert win.quote.pdf_language() == "zh"
    win.quote.language.setCurrentIndex(win.quote.language.findData("en"))
    assert win.quote.pdf_language() == "en"
    _close(win)


def test_startup_language_order():
    zh, en = QLocale("zh_CN"), QLocale("en_US")
    assert i18n.startup_language(None, None, None, zh) == "zh"
    assert i18n.startup_language(None, None, None, QLocale("zh_TW")) == "zh"
    assert i18n.startup_language(None, None, None, en) == "en"
    assert i18n.startup_language(None, None, None, QLocale("de_DE")) == "en"
    assert i18n.startup_language(None, None, "zh", en) == "zh"  # remembered choice
    assert i18n.startup_language(None, "en", "zh", zh) == "en"  # environment
    assert i18n.startup_language("zh", "en", "en", en) == "zh"  # command line first
    assert i18n.normalize("zh_CN") == i18n.normalize("zh-Hans") == "zh"
    assert i18n.normalize("fr") is None


# --------------------------------------------------------------- (3) formatting
def test_display_per_language():
    day = dt.date(2026, 11, 21)
    assert display.date(day, "en") == "21 Nov 2026"
    assert display.date(dt.date(2026, 1, 5), "en") == "5 Jan 2026"
    assert display.date(day, "zh") == "2026年11月21日"
    for lang in ("en", "zh"):
        assert display.money(Money("1234.5", "CNY"), lang) == "¥1,234.50"
        assert display.money(Money("1234.5", "USD"), lang) == "US$1,234.50"
        assert display.money(Money("-3", "EUR"), lang) == "-€3.00"
        assert display.money(Money("1234.5", "USD"), lang, code=True) == "1,234.50 USD"
        assert display.quantity(Q_(51.2, "V"), "voltage", lang) == "51.2 V"
    assert display.quantity(None, "voltage", "en") == "not available"
    assert display.quantity(None, "voltage", "zh") == "无数据"
    assert display.money(None, "zh") == "无数据"
    assert display.dimensions((Q_(1, "m"), None, None), "zh") == "无数据"
    assert display.percent_points(Decimal("13"), "zh") == "13%"


def test_english_date_ignores_the_c_locale(monkeypatch):
    """Qt sets the C library's locale from the environment; English dates must not
    pick up Chinese month names from it."""
    import time

    monkeypatch.setattr(time, "strftime", lambda *_a: "11月")
    assert display.date(dt.date(2026, 11, 21), "en") == "21 Nov 2026"


def test_quote_panel_money_and_tiers_in_chinese(qtbot, language_reset):
    i18n.set_language("zh")
    _settle(qtbot)
    win = _window(qtbot)
    tiers = win.quote.tiers.text().splitlines()
    assert tiers and all("优惠" in t for t in tiers)
    win.quote.currency.setCurrentText("USD")
    assert win.findChild(QLabel, "result_price_total").text().startswith("US$")
    _close(win)


# -------------------------------------------------------------------- (4) --language
@pytest.mark.parametrize(("arg", "want"), [("zh", "zh"), ("zh_CN", "zh"), ("zh-CN", "zh"),
                                           ("en", "en"), ("EN_us", "en")])
def test_language_flag_parses(arg, want):
    args = build_parser().parse_args(["--language", arg])
    assert args.command is None and args.language == want


def test_language_flag_rejects_unknown(capsys):
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["--language", "fr"])
    assert exc.value.code == 2
    assert "unknown language 'fr'" in capsys.readouterr().err


def test_language_flag_opens_the_window_in_chinese(qtbot, monkeypatch, language_reset):
    """``packconfig --language zh`` (no sub-command) reaches the launcher, which switches
    the interface before building the window."""
    from packconfig import cli
    from packconfig.commands import gui_launch
    from packconfig.gui.main_window import MainWindow

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.delenv("PACKCONFIG_LANGUAGE", raising=False)
    seen = {}
    real = gui_launch.launch

    def spy(args):
        seen["language"] = args.language
        return real(args)

    monkeypatch.setattr(gui_launch, "launch", spy)
    assert cli.main(["--language", "zh"]) == 0
    assert seen["language"] == "zh" and i18n.current_language() == "zh"
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
               and w.isVisible()]
    assert windows
    win = windows[-1]
    qtbot.addWidget(win)
    assert win.actions.menus["file"].title() == "文件(&F)"
    assert win.findChild(QLabel, "warningsTitle").text() == "警告"
    _close(win)


# ------------------------------------------------------------- shipped files
def test_ts_complete_and_in_step_with_the_code(tmp_path):
    """Every text in packconfig/gui is in the .ts with a finished translation (lupdate
    into a copy finds nothing new)."""
    ts = i18n_build.TS_DIR / "packconfig_zh_CN.ts"
    assert i18n_build.unfinished(ts) == []
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    i18n_build.update_sources(ts_dir=tmp_path)
    assert i18n_build.unfinished(copy) == [], "run: python -m packconfig.i18n_build update"
    assert sum(1 for _ in open(copy, encoding="utf-8") if "<message" in _) >= 300


def test_committed_qm_is_up_to_date(tmp_path):
    """The committed .qm equals a fresh compile of the .ts (never edit it by hand)."""
    fresh = i18n_build.compile_translations(tmp_path)
    assert [p.name for p in fresh] == ["packconfig_zh_CN.qm"]
    shipped = Path(i18n.translation_path("zh"))
    assert shipped.read_bytes() == fresh[0].read_bytes(), \
        "stale .qm: run python -m packconfig.i18n_build compile"


def test_input_errors_are_explained_in_chinese(qtbot, language_reset):
    """A unit error typed into a field is explained in the interface language."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    i18n.set_language("zh")
    win = _window(qtbot)
    field = win.findChild(QLineEdit, "currentEdit")
    field.clear()
    qtbot.keyClicks(field, "3 kg")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    tip = field.toolTip()
    assert "必须是电流" in tip and "3 kg" in tip, tip
    assert "must be" not in tip
    _close(win)
