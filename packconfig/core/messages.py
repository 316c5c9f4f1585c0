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
from dataclasses import dataclass, field

from packconfig.core.errors import DataFileError, PackconfigError

KIND_ZH = {
    "voltage": "电压", "charge": "电量", "current": "电流", "energy": "能量", "power": "功率",
    "mass": "质量", "length": "长度", "volume": "体积", "resistance": "电阻", "time": "时间",
    "gravimetric": "质量能量密度", "volumetric": "体积能量密度", "rate": "倍率",
    "dimensionless": "比值", "temperature": "温度",
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
    # lifetime usage (core/life/usage.py)
    "cycles per day": "每日循环次数", "depth of discharge": "放电深度",
    "charge C-rate": "充电倍率", "discharge C-rate": "放电倍率",
    "ambient temperature": "环境温度", "pack temperature rise": "电池包温升",
    "rest SOC": "静置 SOC", "years": "年限", "life.warranty_margin_pct": "质保置信裕量",
    # the settings editor's fields (settings_fields)
    "seller": "卖方资料", "seller.company": "卖方法定名称（英文）",
    "seller.company_zh": "卖方法定名称（中文）", "seller.contact": "卖方联系人",
    "seller.address": "卖方地址", "seller.tax_id": "卖方税号", "seller.bank": "银行信息",
    "seller.phone": "卖方电话", "seller.email": "卖方电子邮箱", "seller.website": "卖方网站",
    "seller.logo": "徽标图片", "sales_engineer": "销售工程师",
    "commercial.payment_terms": "付款条件", "commercial.lead_time": "交货期",
    "commercial.warranty_text": "质保条款", "commercial.incoterm": "贸易术语",
    "commercial.incoterm_place": "贸易术语指定地点",
    "commercial.discount_approval_pct": "需审批的折扣上限", "cell_prices": "电芯价格表",
    "line discount": "行折扣", "line quantity": "行数量", "line unit price": "行单价",
    "markup": "成本加成率",
    "module_series": "模组串数", "module_parallel": "模组并数", "rows": "行数",
    "columns": "列数", "layers": "层数", "footprint length": "托盘长度",
    "footprint width": "托盘宽度",
}

#: Patterns of field paths: (prefix, suffix, Chinese with {key}).
NAME_PATTERNS_ZH = (
    ("tax.", ".rate_pct", "{key} 税率"), ("tax.", ".label", "{key} 税项名称"),
    ("tax.", ".label_zh", "{key} 税项中文名称"),
    ("cell_prices.", ".price", "电芯“{key}”的价格"),
    ("cell_prices.", ".currency", "电芯“{key}”的价格货币"),
    ("cell_prices.", ".source", "电芯“{key}”的价格来源"),
    ("cell_prices.", "", "电芯“{key}”的价格条目"),
    ("tax.", "", "{key} 税率条目"),
)

STATUS_ZH = {"issued": "已签发", "superseded": "已被新修订版取代", "draft": "仍是草稿"}
#: Quote lifecycle stages (the register's ``old``/``new`` params).
STAGE_ZH = {"draft": "草稿", "sent": "已发送", "accepted": "已接受", "rejected": "已拒绝",
            "expired": "已过期", "superseded": "已被取代"}

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
    "ambiguous_unit": "{name}：单位“{unit}”有歧义，可能是 {readings_zh}；请按正确的大小写书写。",
    "powers": "{name}：无法将“{text}”识别为数值（幂次只能是不大于 12 的普通数字，例如 m**2）。",
    "target_kind": "并数目标必须是容量（A·h）、能量（Wh）或电流（A），当前输入为 {got}。",
    # ---- module split, arrangement and component table (core/pack/modules.py)
    "split_not_dividing": "模组划分 {split} 不能整除电池包 {config}：S 必须是模组串数的整数倍，"
                          "P 必须是模组并数的整数倍。",
    "module_split_range": "{name}必须在 1 到 {maximum} 之间，当前输入为 {got}。",
    "too_many_modules": "模组数量超过支持的 {maximum:,} 个。",
    "arrangement_format": "排布必须写成 行x列x层（例如 4x3x1），当前输入为 {got}。",
    "arrangement_range": "排布的{name}必须是 1 到 {maximum} 之间的整数，当前输入为 {got}。",
    "arrangement_too_small": "排布 {arrangement} 只能放 {slots} 个模组，设计需要 {modules} 个。",
    "module_spacing": "模组间距必须大于 0 且不超过 1000 mm，当前输入为 {got}。",
    "footprint_range": "{name}必须大于 0 且不超过 50 m，当前输入为 {got}。",
    "component_bad_value": "部件表 {where}：“{got}”不是有效的非负数值。",
    "component_unknown": "部件表 {where}：未知项“{name}”。",
    "footprint_format": "托盘尺寸必须写成 长x宽（例如 1547x1188 mm），当前输入为 {got}。",
    "bom_format": "物料清单只能导出为 .csv 或 .xlsx 文件，当前为 {got}。",
    "bom_too_large": "物料清单有 {lines:,} 行，超过 {fmt} 导出支持的 {maximum:,} 行；"
                     "请导出为 CSV。",
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
    "unknown_language": "未知的报价语言“{language}”（可用：en、zh）。",
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
    # ---- signed quotes (packconfig.report.signing)
    "signing_pkcs12": "无法打开签名证书：密码错误，或不是 PKCS#12（.p12/.pfx）文件。",
    "signing_no_key": "该 PKCS#12 文件中没有私钥和证书。",
    "signing_cert_dates": "签名证书今天无效（有效期至 {until}）。",
    "signing_password_needed": "签名证书 {path} 需要密码：请设置环境变量 "
                               "PACKCONFIG_SIGNING_PASSWORD、将密码存入系统钥匙串"
                               "（服务名 packconfig-signing），"
                               "或在终端中运行 packconfig 以输入密码。",
    "settings_signing": "设置中的 signing 无效：pkcs12 须为 .p12/.pfx 文件路径，"
                        "trust 须为证书文件路径列表。",
    "settings_signing_keys": "设置中的 signing 包含未知字段：{fields}（只允许 pkcs12 和 trust；"
                             "密码绝不能写入设置文件）。",
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
    "fraction_range": "必须是大于 0 且不超过 100% 的比例，当前为“{got}”。",
    "temperature_range": "必须在 -60 到 100 °C 之间，当前为“{got}”。",
    # ---- saving files
    "save_disk_full": "无法保存 {path}：磁盘已满。",
    "issued_not_written": "报价 {label} 已签发并保存在报价登记库中，但 PDF 未能写入（{reason}）；"
                          "可用 packconfig quote --reprint {number} -o 文件.pdf 重新打印。",
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
    # ---- the register: location, team server, permissions
    "register_bad_url": "报价登记库地址必须以 sqlite:/// 或 postgresql:// 开头，当前为“{url}”。",
    "register_settings": "“register”必须是包含“url”和“timeout_s”的表。",
    "register_password_in_file": "报价登记库地址中含有密码；密码不会保存在 settings.json 中，"
                                 "请将其放入 PGPASSFILE（~/.pgpass）、服务文件或系统钥匙串。",
    "register_timeout": "报价登记库超时时间必须在 0.5 到 600 秒之间，当前为 {got}。",
    "register_not_permitted": "无权操作：您的数据库角色只能读取团队报价登记库 {url}，不能修改；"
                              "请向管理员申请写入角色。",
    "register_login": "团队报价登记库 {url} 拒绝登录（{detail}）；请将密码放入 PGPASSFILE"
                      "（~/.pgpass）、服务文件或系统钥匙串。",
    "register_timeout_hit": "团队报价登记库 {url} 在 {seconds} 秒内没有响应，请重试。",
    "register_unreachable": "无法连接团队报价登记库 {url}：{detail}",
    "register_connection_lost": "签发 {what} 时与团队报价登记库 {url} 的连接中断，未能确认是否已"
                                "签发。请再次签发：若之前已签发，将找回该报价，不会重复签发。",
    "migrate_collision": "未迁移：团队报价登记库中已有 {count} 个报价编号被其他报价使用：{numbers}",
    "migrate_verify": "迁移校验失败：团队报价登记库中只找到 {found}/{total} 个校验和一致的报价。",
    "migrate_same": "源报价登记库与目标报价登记库相同。",
    # ---- the quote lifecycle
    "stage_unknown": "未知的报价状态“{got}”；可选：{known}。",
    "stage_superseded": "{label} 已被新修订版取代，请修改最新修订版。",
    "stage_final": "{label} {old_zh}，状态不可再改（如需修改，请修订出新版本）。",
    "stage_forbidden": "{label} 不能从“{old_zh}”改为“{new_zh}”。",
    "quote_locked": "{label} 已被接受并锁定；如需新修订版，请使用“修订（amend）”。",
    "value_range_currency": "金额范围的上下限必须使用同一种货币。",
    "export_suffix": "导出文件必须以 .xlsx 或 .csv 结尾，当前为“{path}”。",
    # ---- the customer book
    "customer_field": "客户字段“{field}”无效（必须是不超过 2000 个字符的文本）。",
    "customer_no_company": "客户必须填写公司名称。",
    "customer_email": "客户电子邮箱“{got}”不是有效的电子邮件地址。",
    "customer_language": "客户语言必须是 en 或 zh，当前为“{got}”。",
    "customer_exists": "客户簿中已有“{company}”，请改为编辑该客户。",
    "customer_unknown": "客户簿中没有客户“{customer}”。",
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
    # ---- lifetime and warranty (core/life)
    "life_not_number": "{name}必须是有限数值，当前为 {got}。",
    "life_range": "{name}必须在 {low} 到 {high} 之间，当前为 {got}。",
    "life_below_zero": "{name} {got} 低于绝对零度（−273.15 °C）。",
    "life_zero_rate": "有循环的工况需要大于 0 的充电和放电倍率。",
    "life_months": "请输入一个环境温度或十二个月度温度，当前为 {got} 个。",
    "life_years": "年限必须大于 0 且不超过 {maximum} 年，当前为 {got}。",
    "life_day_overfull": "工况一天内无法完成：按所给倍率，这些循环需要 {hours} 小时。",
    "life_no_rating": "{cell}：规格书循环寿命缺少{missing_zh}，请在电芯文件中补充后再预测寿命。",
    "life_refused": "{cell}：无法预测 {chemistry} 电芯的寿命，没有可用的已发表老化模型。",
    "life_rating_unreachable": "模型的日历老化在额定的 {cycles} 次循环之前就已达到寿命终点，"
                               "无法复现该规格书循环寿命。",
    "life_profile_shape": "工况曲线需要长度相同（至少 2 个采样点）的时间、电流、SOC 和温度数组。",
    "life_profile_values": "工况曲线含有无效数值（SOC 须在 0 到 1 之间，容量须大于 0）。",
    "life_profile_time": "工况曲线的时间必须递增。",
    "life_profile_file": "请选择工况文件（CSV）。",
    "life_profile_stopped": "电池包无法完成 {runs} 次 {profile}：{minutes} 分钟后{reason_zh}。",
    "expected_bool_at": "“placeholder”必须是 true 或 false。",
    # ---- the settings editor (field by field)
    "field_not_text": "{name}必须是文本。",
    "field_too_long": "{name}过长（{length:,} 个字符，最多 {limit:,} 个）。",
    "email_invalid": "{name}：“{text}”不是有效的电子邮箱地址（例如 name@example.com）。",
    "phone_invalid": "{name}：“{text}”不是有效的电话号码（只能包含数字、空格、+ - ( ) 和分机号）。",
    "website_invalid": "{name}：“{text}”不是有效的网址（例如 www.example.com）。",
    "tax_id_invalid": "{name}：“{text}”只能包含字母、数字、空格和 - . /。",
    "logo_missing": "{name}：{path} 处没有图片文件。",
    "logo_too_large": "{name}：徽标文件有 {size:,} 字节，最多允许 {limit:,} 字节。",
    "logo_unreadable": "{name}：无法读取 {path}。",
    "logo_not_image": "{name}：{path} 不是 PNG 或 JPEG 图片。",
    "section_not_table": "{name}必须是一个表。",
    "price_not_positive_at": "{name}必须大于零。",
    "source_missing": "{name}：请注明价格来源（报价单、合同或估算）。",
    # ---- quote lines
    "line_description": "第 {no} 行需要填写说明。",
    "line_quantity": "第 {no} 行的数量必须是不小于 1 的整数，当前为 {got}。",
    "line_unit": "第 {no} 行的单位“{got}”无效；可用的有：{known}。",
    "line_kind": "第 {no} 行的类别“{got}”无效；可用的有：{known}。",
    "line_tax_class": "第 {no} 行的税类“{got}”无效；可用的有：{known}。",
    "line_price_missing": "第 {no} 行需要单价或成本加成规则（二者选一）。",
    "line_currency": "第 {no} 行以 {currency} 计价，而报价货币为 {quote_currency}。",
    "line_negative_price": "第 {no} 行的单价不能为负数。",
    "too_many_lines": "报价最多可有 {limit} 行，当前为 {count} 行。",
    "discount_needs_approval": "折扣 {pct}% 超过需审批的上限 {limit}%，请填写审批人姓名。",
    "line_text_format": "第 {no} 行须写成“说明;数量;单价 货币[;折扣%]”，当前为“{text}”。",
    "csv_not_utf8": "行文件 {path} 不是 UTF-8 编码的文本（第 {offset} 字节处编码错误），"
                    "请另存为 UTF-8 CSV。",
    "csv_empty": "行文件 {path} 中没有任何行。",
    "csv_header": "行文件 {path} 的表头必须包含 {needed}，当前为 {got}。",
    "csv_row": "行文件 {path} 第 {row} 行：{problem}",
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


#: Chinese texts of :class:`Notice` codes (warnings: something loaded or priced, but the
#: user should know how).
NOTICE_ZH: dict[str, str] = {
    "user_cell_shadows": "用户电芯文件 {path} 中的电芯 {id} 取代了随软件提供的同名电芯"
                         "（{shipped}）；使用的是用户的电芯。",
    "user_cell_repeated": "用户电芯文件 {path} 中的电芯 {id} 取代了 {other} 中的同名电芯。",
    "settings_unknown_key": "设置文件 {path}：未知的键“{key}”，已忽略。",
    "settings_unknown_key_hint": "设置文件 {path}：未知的键“{key}”，已忽略（是否应为“{hint}”？）。",
    "seller_not_set": "卖方信息未设置：报价单上的卖方是默认的“{company}”；请在 settings.json 的 "
                      "seller 中填写贵公司的信息。",
    "fx_placeholder": "汇率 {pair}（{date}）是未注明来源的占位值；请在 settings.json 的 fx 中"
                      "填写贵公司的汇率。",
    "cell_price_estimated": "电芯 {cell} 没有目录价格：其成本按 {chemistry} 电芯每 kWh 的"
                            "平均价估算。",
}


@dataclass(frozen=True)
class Notice:
    """A coded warning (not an error): a file loaded, a quote priced, but the user should
    know something about how. ``message`` is English; :meth:`text` renders ``code`` with
    ``params`` in another language (:data:`NOTICE_ZH`), falling back to English."""

    code: str
    message: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        if language != "zh":
            return self.message
        try:
            return render(self.code, self.params, NOTICE_ZH) or self.message
        except Exception:  # a bad param must never hide the warning itself
            return self.message


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


def render(code: str, params: Mapping[str, object],
           templates: Mapping[str, str] | None = None) -> str | None:
    """The Chinese template ``code`` (of :data:`ZH`, or ``templates``) filled with
    ``params``; ``None`` if there is no such template or the params do not fit it."""
    template = (ZH if templates is None else templates).get(code) if code else None
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
    for key in ("old", "new"):
        stage = str(values.get(key, ""))
        values[f"{key}_zh"] = STAGE_ZH.get(stage, stage)
    name = values.get("name")
    if isinstance(name, str):
        values["name"] = name_zh(name)
    try:
        return template.format(**values)
    except (KeyError, ValueError, IndexError, TypeError, AttributeError):
        return None


def name_zh(name: str) -> str:
    """A field's Chinese name: a known name, a field-path pattern, else the name."""
    if name in NAME_ZH:
        return NAME_ZH[name]
    for prefix, suffix, template in NAME_PATTERNS_ZH:
        if name.startswith(prefix) and name.endswith(suffix):
            key = name[len(prefix):len(name) - len(suffix)] if suffix else name[len(prefix):]
            if key and (suffix or "." not in key):
                return template.format(key=key)
    return name


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
