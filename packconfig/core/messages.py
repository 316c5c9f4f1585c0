"""User errors in Chinese: the core raises English messages with a ``code`` and
``params`` (:meth:`PackconfigError.coded`); :func:`text` renders them for the
interface language, falling back to the English message for uncoded errors.

A :class:`DataFileError` is always framed in Chinese ("无法读取 <file>，电芯…，字段…：
<problem>"); its code describes the problem only, and an uncoded problem keeps its
English text inside the Chinese frame. A param ``at`` (a record or field path inside
a file) becomes the field of that frame, or a "<at>：" prefix on other errors.
"""

from __future__ import annotations

from collections.abc import Mapping

from packconfig.core.errors import DataFileError, PackconfigError

KIND_ZH = {
    "voltage": "电压", "charge": "电量", "current": "电流", "energy": "能量", "power": "功率",
    "mass": "质量", "length": "长度", "volume": "体积", "resistance": "电阻", "time": "时间",
    "gravimetric": "质量能量密度", "volumetric": "体积能量密度", "rate": "倍率",
    "dimensionless": "比值",
}

#: What a file should have been (the ``doc`` param), without the article.
DOC_ZH = {
    "packconfig project": "packconfig 项目文件",
    "packconfig quote": "packconfig 报价数据",
    "packconfig quote PDF": "packconfig 报价 PDF",
    "settings file": "设置文件",
    "cell file": "电芯文件",
}

#: The core's English names of commercial values (the ``name`` param).
NAME_ZH = {
    "currency": "货币", "base_currency": "基准货币", "tax currency": "税率货币",
    "price": "价格", "amount": "金额", "quantity": "数量", "series": "串联数",
    "parallel": "并联数", "extra discount": "额外折扣", "tier discount_pct": "阶梯折扣",
    "tier min_qty": "阶梯起订量", "tax rate_pct": "税率", "margin_pct": "利润率",
    "overhead_pct": "管理费率", "warranty_pct": "质保费率",
    "commercial.margin_pct": "利润率", "commercial.overhead_pct": "管理费率",
    "commercial.warranty_pct": "质保费率", "commercial.validity_days": "报价有效期（天）",
}

STATUS_ZH = {"issued": "已签发", "superseded": "已被新修订版取代", "draft": "仍是草稿"}

ZH: dict[str, str] = {
    # ---- values typed by the user (units and counts)
    "empty": "{name}为空，请输入带单位的数值。",
    "too_long": "{name}太长，不是有效的数值。",
    "no_number": "{name}：“{text}”须以数字开头，例如“3.2 V”。",
    "not_a_quantity": "{name}：无法将“{text}”识别为带单位的数值。",
    "wrong_kind": "{name}必须是{kind_zh}（{unit}），当前输入为 {got}。",
    "not_finite": "{name}必须是有限数值，当前输入为 {got}。",
    "not_whole": "{name}必须是整数，当前输入为 {got}。",
    "too_small": "{name}至少为 1，当前输入为 {got}。",
    "too_large": "{name}为 {got}，超过支持的最大值 {maximum}。",
    "too_many_cells": "{config} 共 {cells:,} 只电芯，超过支持的 {maximum:,} 只。",
    "powers": "{name}：无法将“{text}”识别为数值（幂次只能是不大于 12 的普通数字，例如 m**2）。",
    "target_kind": "并数目标必须是容量（A·h）、能量（Wh）或电流（A），当前输入为 {got}。",
    # ---- reading files (the problem part of a DataFileError)
    "file_not_found": "找不到该文件。",
    "is_folder": "这是一个文件夹，不是{doc_zh}。",
    "file_too_large": "文件过大（{size:,} 字节），不是有效的{doc_zh}。",
    "cannot_read_file": "出现系统错误（{reason}）。",
    "not_utf8": "文件不是 UTF-8 编码的文本，不是有效的{doc_zh}。",
    "too_deep": "数据嵌套层级过深，不是有效的{doc_zh}。",
    "invalid_json": "JSON 格式无效或文件不完整（第 {line} 行第 {column} 列），不是有效的{doc_zh}。",
    "json_long_number": "JSON 中有数字位数过多，不是有效的{doc_zh}。",
    "json_not_object": "顶层不是 JSON 对象，不是有效的{doc_zh}。",
    "no_schema_version": "缺少 schema_version，不是{doc_zh}。",
    "newer_schema": "该文件由更高版本的 packconfig 保存（格式版本 {version}），当前版本只能读取"
                    "格式版本 {supported}，请升级 packconfig。",
    "wrong_document": "不是{doc_zh}。",
    "cell_id_mismatch": "cell_id 与文件中保存的电芯不一致。",
    "expected_object_or_null": "应为对象或 null。",
    "unknown_status": "未知的报价状态“{status}”。",
    "quote_counts": "数量、串联数和并联数都必须至少为 1。",
    "expected_list": "应为列表。",
    "expected_object": "应为对象。",
    "expected_text": "应为文本。",
    "expected_bool": "应为 true 或 false。",
    "expected_whole": "应为整数。",
    "expected_number": "应为数字。",
    "expected_decimal_text": "应为以文本表示的十进制数。",
    "expected_keys": "应为恰好包含 {keys} 的对象。",
    "unknown_fields": "包含未知字段：{fields}。",
    "missing_field": "缺少字段“{field}”。",
    "invalid_value": "值无效（{detail}）。",
    "unit_too_long": "单位文字过长（{length} 个字符）。",
    "settings_json": "设置文件不是有效的 JSON（{detail}）。",
    # ---- quote PDFs
    "pdf_too_large": "文件过大，不是有效的 packconfig 报价 PDF。",
    "not_pdf": "不是 PDF 文件。",
    "pdf_truncated": "PDF 文件不完整或已损坏（缺少文件结束标记），请重新索取该文件。",
    "pdf_damaged": "PDF 已损坏，无法读取（{error}）。",
    "pdf_no_quote": "此 PDF 不含报价数据（没有内嵌的 quote.json），不是由 packconfig 生成的。",
    "pdf_quote_too_large": "内嵌的 quote.json 过大。",
    "pdf_layout": "报价 {label} 无法排版为 PDF：客户名称、地址、备注或条款中有文字过长，"
                  "一页放不下，请缩短后重试。",
    # ---- cell files (TOML)
    "invalid_toml": "不是有效的 TOML（{detail}）。",
    "toml_long_number": "不是有效的 TOML（有数字位数过多）。",
    "no_cells": "文件中没有 [[cell]] 条目。",
    "file_too_many_cells": "电芯条目过多（{count:,} 个，上限为 {limit:,} 个）。",
    "cell_not_table": "每个 [[cell]] 条目都必须是表。",
    "duplicate_id": "电芯编号重复。",
    "required_missing": "缺少必填字段。",
    "must_be_text": "应为文本，当前为 {got}。",
    "must_not_be_empty": "不能为空。",
    "text_too_long": "文字过长（超过 {limit} 个字符）。",
    "needs_unit_text": "应为带单位的文本，例如“3.2 V”，当前为 {got}。",
    "not_positive": "必须大于零，当前为“{got}”。",
    "price_not_positive": "价格必须大于零。",
    "unknown_format": "未知的电芯形式“{got}”；请使用圆柱电芯尺寸代码（如“18650”），"
                      "或“prismatic”（方形）、“pouch”（软包）。",
    "box_only": "圆柱电芯没有“{dimension}”尺寸，只有方形和软包电芯才有。",
    "cylindrical_only": "方形和软包电芯没有“{dimension}”尺寸，只有圆柱电芯才有。",
    "min_voltage_order": "最低电压 {low} 必须低于标称电压 {nominal}。",
    "max_voltage_order": "最高电压 {high} 必须高于标称电压 {nominal}。",
    "unknown_field": "未知字段。",
    "unknown_field_hint": "未知字段（是否应为“{hint}”？）。",
    "unknown_chemistry": "未知的化学体系“{got}”；可用的有：{known}。",
    "cycle_life": "循环寿命必须是不小于 1 的整数，当前为 {got}。",
    # ---- saving files
    "save_disk_full": "无法保存 {path}：磁盘已满。",
    "save_permission": "无法保存 {path}：没有写入权限（文件夹或文件为只读）。",
    "save_no_folder": "无法保存 {path}：文件夹不存在。",
    "save_is_folder": "无法保存 {path}：该路径是文件夹，不是文件。",
    "save_failed": "无法保存 {path}：{reason}。",
    # ---- the quote register
    "register_damaged": "报价登记库已损坏或不是 packconfig 数据库，请从备份恢复。",
    "register_busy": "报价登记库 {path} 正被另一个 packconfig 写入，请稍后再试。",
    "register_unwritable": "无法写入报价登记库 {path}：{detail}",
    "register_error": "报价登记库 {path} 出错：{detail}",
    "register_newer": "报价登记库 {path} 由更高版本的 packconfig 写入，请升级 packconfig "
                      "后再打开。",
    "already_issued": "{label} {status_zh}，请改为修订该报价。",
    "not_in_register": "报价登记库中没有报价 {number}。",
    "revise_draft": "只有已签发的报价才能修订；草稿请直接编辑。",
    # ---- money, pricing and costing
    "unknown_currency": "{name}必须是 {known} 之一，当前为“{got}”。",
    "not_a_number": "{name}：“{text}”不是有效的数字。",
    "money_format": "{name}须写成金额加货币代码的形式，例如“3.85 EUR”，当前为“{text}”。",
    "percent_range": "{name}必须在 0 到 {top}% 之间，当前为 {got}%。",
    "tier_min_qty": "数量阶梯的起订量必须是不小于 1 的整数，当前为 {got}。",
    "tier_convention": "阶梯计价方式必须是“range”或“slab”，当前为“{got}”。",
    "tier_first": "第一个数量阶梯必须从数量 1 开始。",
    "tier_duplicate": "有两个数量阶梯的起始数量相同。",
    "incoterm_unknown": "贸易术语必须是 {known} 之一，当前为“{got}”。",
    "incoterm_place": "贸易术语 {term} 需要注明指定地点（例如“{term} 宁波”）。",
    "extra_description": "附加项目需要填写说明。",
    "extra_quantity": "附加项目“{description}”的数量必须至少为 1。",
    "quantity_invalid": "数量必须是不小于 1 的整数，当前为 {got}。",
    "extra_currency": "附加项目“{description}”以 {currency} 计价，而报价货币为 {quote_currency}。",
    "negative": "{name}不能为负数，当前为 {got}。",
    "margin_too_high": "利润率按售价计算，必须小于 100%，当前为 {got}%。",
    "no_price_no_default": "电芯“{cell}”没有价格，且未为化学体系“{chemistry}”设置默认的每 kWh "
                           "单价。",
    # ---- exchange rates and settings
    "rate_not_positive": "{currency} 在 {date} 的汇率必须为正数。",
    "rate_pivot": "人民币（CNY）是基准货币，请填写其他货币的汇率。",
    "rate_same_date": "{currency} 有两条日期相同的汇率。",
    "no_rate": "尚未设置 {currency} 的汇率，请在设置中添加。",
    "no_rate_on_date": "没有 {date} 当日或之前的 {currency} 汇率（最早的汇率日期为 {earliest}）。",
    "rates_not_list": "汇率必须是列表。",
    "rate_not_table": "每条汇率都必须是一个表。",
    "bad_date": "日期“{text}”无效，应为 YYYY-MM-DD 格式。",
    "validity_days": "报价有效期必须在 1 到 366 天之间，当前为 {got} 天。",
    # ---- simulation (core/sim)
    "sim_no_geometry": "电芯 {cell} 没有尺寸数据，无法计算散热面积（h·A）。",
    "sim_no_mass": "电芯 {cell} 没有质量数据，无法计算热容。",
    "sim_dc_below_ac": "电芯 {cell}：直流内阻 dc_resistance 必须大于交流内阻 internal_resistance。",
    "sim_thermal": "热管理方式必须是 {known} 之一，当前为“{got}”。",
    "sim_temperature_range": "{name}必须在 -60 °C 到 100 °C 之间，当前为 {got}。",
    "sim_positive": "{name}必须大于零。",
    "sim_too_many_steps": "{name}过长：共 {count:,} 个时间步（上限 {limit:,}）。",
    "sim_step_mode": "模式必须是 current、power 或 c_rate，当前为“{got}”。",
    "sim_fraction": "{name}必须是 0 到 1 之间的比例，当前为 {got}。",
    "sim_no_steps": "分段工况至少需要一个步骤。",
    "sim_csv_header": "表头必须有两列，例如“time (s),power (kW)”。",
    "sim_csv_unit": "列“{column}”没有单位，请写成“time (s)”、“power (kW)”、“current (A)”或"
                    "“speed (km/h)”。",
    "sim_csv_time": "第一列必须是“time (单位)”。",
    "sim_csv_column": "第二列必须是 power（功率）、current（电流）或 speed（车速），"
                      "当前为“{column}”。",
    "sim_csv_bad_unit": "列“{column}”的单位“{unit}”不适用。",
    "sim_csv_short": "需要表头和至少两行数据。",
    "sim_csv_rows": "行数过多（{count:,} 行，上限 {limit:,} 行）。",
    "sim_csv_fields": "应有 2 个字段，实际为 {count} 个。",
    "sim_csv_number": "“{text}”不是有效的有限数值。",
    "sim_csv_time_order": "时间必须递增：{now} 出现在 {before} 之后。",
    "sim_csv_speed": "车速不能为负数。",
    "sim_csv_long": "工况过长（{seconds} 秒）。",
    "sim_speed_needs_vehicle": "{path} 是车速曲线，需要指定车辆（--vehicle）。",
    "sim_expected_speed": "{path}：车辆工况需要车速列。",
    "sim_vehicle_kind": "“{got}”的量纲不正确。",
    "sim_vehicle_range": "必须大于 {low} 且不大于 {high} {unit}，当前为“{got}”。",
    "sim_no_vehicle": "文件中没有车辆数据。",
    "sim_unknown_vehicle": "未知车辆“{got}”；预设车辆：{known}，或指定 .toml 车辆文件。",
    "sim_needs_vehicle": "行驶工况需要指定车辆（--vehicle：预设名称或 .toml 文件）。",
    "sim_cltc_missing": "未随软件提供 {cycle} 工况：其官方车速曲线（GB/T 38146.1-2019 附录 A）"
                        "未公开，也未找到可引用的副本。如您持有该标准，请将曲线保存为表头为"
                        "“time (s),speed (km/h)”的 CSV 文件，并作为工况文件配合车辆运行"
                        "（--profile FILE.csv --vehicle ...）。",
    "sim_unknown_cycle": "未知工况“{got}”；可用的有：{known}。",
    "sim_charge_order": "起始 SOC {low} 必须低于目标 SOC {high}。",
    "sim_no_charge_current": "该电芯没有充电电流数据，请指定充电桩功率。",
    "sim_explore_power_only": "设计探索中的负载工况必须是功率工况（电池包电流不随串并联数缩放）。",
}


def text(exc: BaseException, language: str = "en") -> str:
    """``exc`` as text for ``language`` ("en" or "zh"); never raises for "zh": anything
    that cannot be rendered falls back to the English ``str(exc)``."""
    if language != "zh":
        return str(exc)
    try:
        rendered = _zh(exc)
    except Exception:  # a bad param must never hide the error itself
        rendered = None
    return rendered if rendered else str(exc)


def _zh(exc: BaseException) -> str | None:
    if not isinstance(exc, PackconfigError):
        return None
    code = exc.code if isinstance(exc.code, str) else ""
    params = exc.params if isinstance(exc.params, Mapping) else {}
    at = params.get("at")
    problem = render(code, params)
    if isinstance(exc, DataFileError):
        field = exc.field if exc.field is not None else (at if problem and at else None)
        return f"无法读取 {_where(exc.path, exc.record, field)}：{problem or exc.problem}"
    if problem and at:
        return f"{at}：{problem}"
    return problem


def render(code: str, params: Mapping[str, object]) -> str | None:
    """The Chinese template ``code`` filled with ``params``; ``None`` if there is no such
    template or the params do not fit it."""
    template = ZH.get(code) if code else None
    if template is None:
        return None
    values = {str(k): _plain(v) for k, v in params.items()}
    kind = str(values.get("kind", ""))
    values["kind_zh"] = KIND_ZH.get(kind, kind)
    doc = str(values.get("doc", ""))
    for article in ("a ", "an "):
        doc = doc.removeprefix(article)
    doc = DOC_ZH.get(doc, doc)
    values["doc_zh"] = f" {doc}" if doc[:1].isascii() and doc[:1].isalnum() else doc
    status = str(values.get("status", ""))
    values["status_zh"] = STATUS_ZH.get(status, status)
    name = values.get("name")
    if isinstance(name, str):
        values["name"] = NAME_ZH.get(name, name)
    try:
        return template.format(**values)
    except (KeyError, ValueError, IndexError, TypeError, AttributeError):
        return None


def _plain(value: object) -> object:
    """Lists (known values, field names) as a Chinese enumeration."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "、".join(str(v) for v in value)
    return value


def _where(path: str, record: str | None, field: object) -> str:
    """The file, record and field as :class:`DataFileError` names them, in Chinese."""
    where = str(path)
    if record is not None:
        where += f"，{record}" if str(record).startswith("[") else f"，电芯“{record}”"
    if field:
        where += f"，字段“{field}”"
    return where
