"""The label catalogue of the PDF quote: one dict per language, same keys.

Labels may contain ``{placeholders}`` filled with :meth:`str.format`. Every label a
report shows comes from here; tests check both languages have exactly the same keys.
"""

from __future__ import annotations

LANGUAGES = ("en", "zh")

EN: dict[str, str] = {
    "document_title": "QUOTATION",
    "quote_number": "Quote no.",
    "revision": "Revision",
    "date": "Date",
    "valid_until": "Valid until",
    "sales_engineer": "Sales engineer",
    "status_draft": "DRAFT – not a binding offer",
    "customer": "Customer",
    "contact": "Contact",
    "address": "Address",
    "email": "E-mail",
    "phone": "Phone",
    "tax_id": "Tax ID",
    "seller_tax_id": "Tax ID {value}",
    "pack_summary": "Battery pack",
    "cell": "Cell",
    "manufacturer": "Manufacturer",
    "model": "Model",
    "format": "Format",
    "chemistry": "Chemistry",
    "datasheet_source": "Datasheet source",
    "configuration": "Configuration",
    "configuration_value": "{config}, {cells} cells ({series} in series × {parallel} in parallel)",
    "specification": "Specification",
    "parameter": "Parameter",
    "value": "Value",
    "voltage_min": "Minimum voltage (cut-off)",
    "voltage_nominal": "Nominal voltage",
    "voltage_max": "Maximum voltage (full charge)",
    "capacity": "Rated capacity",
    "energy_nominal": "Nominal energy",
    "energy_usable": "Usable energy",
    "energy_usable_value": "{value} ({low}–{high} SOC)",
    "current_continuous_max": "Max. continuous discharge current",
    "power_continuous_max": "Max. continuous discharge power",
    "current_charge_max": "Max. continuous charge current",
    "resistance_pack": "Pack resistance (cells, DC)",
    "mass_cells": "Mass of cells",
    "mass_pack": "Pack mass (estimated)",
    "envelope": "Envelope L × W × H (estimated)",
    "volume_pack": "Pack volume",
    "energy_density_gravimetric_pack": "Gravimetric energy density (pack)",
    "energy_density_volumetric_pack": "Volumetric energy density (pack)",
    "charge_time": "Charge time (CC estimate)",
    "charge_time_value": "{time} at {current}",
    "charge_time_standard": "{time} at {current}, the datasheet's standard charge current "
                            "({parallel} × {cell_current})",
    "charge_time_max": "{time} at {current}, the maximum continuous charge current "
                       "({parallel} × {cell_current})",
    "charge_time_requested": "{time} at {current}, the charge current requested",
    "cycle_life": "Cycle life (cell)",
    "cycle_life_value": "{cycles} cycles",
    "not_available": "not available",
    "layout_title": "Cell layout (top view)",
    "layout_caption": "{series}S{parallel}P, {cells} cells, {layout} layout; "
                      "cell block {x} × {y} mm. "
                      "Shading shows alternate parallel groups.",
    "layout_square": "square",
    "layout_honeycomb": "honeycomb",
    "layout_unavailable": "The cell has no dimensions; the layout cannot be drawn.",
    "curve_title": "Open-circuit voltage vs state of charge",
    "curve_caption": "Pack OCV = {series} × cell OCV ({chemistry} reference curve). "
                     "Under load the voltage is lower by I × R.",
    "curve_x": "State of charge (%)",
    "curve_y": "Pack voltage (V)",
    "pricing": "Prices",
    "line_no": "No.",
    "description": "Description",
    "quantity": "Qty",
    "unit_price": "Unit price",
    "amount": "Amount",
    "pack_line": "Battery pack {config}, cell {cell}",
    "pack_line_tier": "volume tier {span}, {pct} off",
    "discount_line": "Additional discount {pct}",
    "subtotal": "Subtotal",
    "total_excl_tax": "Total excl. tax",
    "tax": "Tax",
    "total_incl_tax": "Total incl. tax",
    "tax_line": "{label} ({rate})",
    "commercial": "Commercial terms",
    "currency": "Currency",
    "exchange_rate": "Exchange rate",
    "exchange_rate_value": "{rate}, rate of {date}",
    "incoterms": "Incoterms® 2020",
    "incoterm_none": "EXW seller's works unless agreed otherwise",
    "quantity_quoted": "Quantity quoted",
    "quantity_value": "{n} packs",
    "tier_table": "Volume prices",
    "tier_quantity": "Quantity",
    "tier_discount": "Discount",
    "tier_unit_price": "Unit price per pack",
    "tier_range": "{low} – {high}",
    "tier_open": "{low} and above",
    "tier_applied": "applies to this quote",
    "tier_convention_range": "The whole quantity is priced at the tier it reaches.",
    "tier_convention_slab": "Each unit is priced at the tier of its position in the order.",
    "warnings": "Safety and transport notes",
    "terms": "Terms and conditions",
    "notes": "Notes",
    "signature": "Acceptance",
    "for_seller": "For the seller",
    "for_customer": "Accepted by the customer",
    "name_title": "Name and title",
    "signature_line": "Signature",
    "company_seal": "Company seal",
    "sign_date": "Date",
    "page": "Page {page} of {pages}",
    "continued": "Quotation {label} (continued)",
    "meta_subject": "Battery pack {config} {cell} for {customer}",
    "default_terms": (
        "Unit prices are per pack in {currency}. Tax: {tax}. Delivery: {incoterm} "
        "(Incoterms® 2020).\n"
        "This quotation is valid until {valid_until}. Cell prices follow the lithium raw-"
        "material market; orders placed after that date are re-quoted.\n"
        "Payment: 30 % advance with the purchase order, 70 % before shipment by T/T, unless "
        "agreed otherwise in writing.\n"
        "Lead time is confirmed with the order confirmation.\n"
        "Technical figures are calculated from the cell manufacturer's datasheet; the "
        "binding specification is the product specification approved by both parties.\n"
        "Lithium-ion batteries above 100 Wh ship as dangerous goods (UN 3480, Class 9); the "
        "UN38.3 test summary is supplied with the goods.\n"
        "Warranty according to the product specification and the warranty agreement."),
}

ZH: dict[str, str] = {
    "document_title": "报价单",
    "quote_number": "报价单号",
    "revision": "版本",
    "date": "日期",
    "valid_until": "有效期至",
    "sales_engineer": "销售工程师",
    "status_draft": "草稿——非正式报价",
    "customer": "客户",
    "contact": "联系人",
    "address": "地址",
    "email": "电子邮箱",
    "phone": "电话",
    "tax_id": "税号",
    "seller_tax_id": "税号 {value}",
    "pack_summary": "电池包",
    "cell": "电芯",
    "manufacturer": "制造商",
    "model": "型号",
    "format": "规格",
    "chemistry": "化学体系",
    "datasheet_source": "规格书来源",
    "configuration": "成组方式",
    "configuration_value": "{config}，共 {cells} 只电芯（{series} 串 × {parallel} 并）",
    "specification": "技术参数",
    "parameter": "参数",
    "value": "数值",
    "voltage_min": "最低电压（放电截止）",
    "voltage_nominal": "标称电压",
    "voltage_max": "最高电压（充满）",
    "capacity": "额定容量",
    "energy_nominal": "标称能量",
    "energy_usable": "可用能量",
    "energy_usable_value": "{value}（SOC {low}–{high}）",
    "current_continuous_max": "最大持续放电电流",
    "power_continuous_max": "最大持续放电功率",
    "current_charge_max": "最大持续充电电流",
    "resistance_pack": "电池包内阻（电芯，直流）",
    "mass_cells": "电芯质量",
    "mass_pack": "电池包质量（估算）",
    "envelope": "外形尺寸 长 × 宽 × 高（估算）",
    "volume_pack": "电池包体积",
    "energy_density_gravimetric_pack": "质量能量密度（电池包）",
    "energy_density_volumetric_pack": "体积能量密度（电池包）",
    "charge_time": "充电时间（恒流估算）",
    "charge_time_value": "{time}（{current}）",
    "charge_time_standard": "{time}（按规格书标准充电电流 {current}，即 {parallel} × "
                            "{cell_current}）",
    "charge_time_max": "{time}（按最大持续充电电流 {current}，即 {parallel} × {cell_current}）",
    "charge_time_requested": "{time}（按指定的充电电流 {current}）",
    "cycle_life": "循环寿命（电芯）",
    "cycle_life_value": "{cycles} 次",
    "not_available": "无数据",
    "layout_title": "电芯排布（俯视图）",
    "layout_caption": "{series}S{parallel}P，共 {cells} 只电芯，{layout}排布；"
                      "电芯模块 {x} × {y} mm。"
                      "深浅交替表示相邻的并联组。",
    "layout_square": "矩形",
    "layout_honeycomb": "蜂窝",
    "layout_unavailable": "电芯无尺寸数据，无法绘制排布图。",
    "curve_title": "开路电压与荷电状态曲线",
    "curve_caption": "电池包开路电压 = {series} × 电芯开路电压（{chemistry} 参考曲线）。"
                     "带载时电压降低 I × R。",
    "curve_x": "荷电状态 SOC (%)",
    "curve_y": "电池包电压 (V)",
    "pricing": "价格",
    "line_no": "序号",
    "description": "品名",
    "quantity": "数量",
    "unit_price": "单价",
    "amount": "金额",
    "pack_line": "电池包 {config}，电芯 {cell}",
    "pack_line_tier": "数量档 {span}，优惠 {pct}",
    "discount_line": "额外折扣 {pct}",
    "subtotal": "小计",
    "total_excl_tax": "不含税合计",
    "tax": "税额",
    "total_incl_tax": "含税合计",
    "tax_line": "{label}（{rate}）",
    "commercial": "商务条件",
    "currency": "币种",
    "exchange_rate": "汇率",
    "exchange_rate_value": "{rate}，汇率日期 {date}",
    "incoterms": "贸易术语（Incoterms® 2020）",
    "incoterm_none": "除另有约定外，卖方工厂交货（EXW）",
    "quantity_quoted": "报价数量",
    "quantity_value": "{n} 套",
    "tier_table": "阶梯价格",
    "tier_quantity": "数量",
    "tier_discount": "折扣",
    "tier_unit_price": "每套单价",
    "tier_range": "{low} – {high}",
    "tier_open": "{low} 及以上",
    "tier_applied": "本报价适用",
    "tier_convention_range": "全部数量按所达到的数量档计价。",
    "tier_convention_slab": "每一套按其在订单中所处的数量档计价。",
    "warnings": "安全与运输提示",
    "terms": "条款与条件",
    "notes": "备注",
    "signature": "确认",
    "for_seller": "卖方",
    "for_customer": "买方确认",
    "name_title": "姓名及职务",
    "signature_line": "签字",
    "company_seal": "公司盖章",
    "sign_date": "日期",
    "page": "第 {page} 页，共 {pages} 页",
    "continued": "报价单 {label}（续）",
    "meta_subject": "电池包 {config} {cell}，客户：{customer}",
    "default_terms": (
        "单价为每套电池包价格，币种 {currency}。税：{tax}。"
        "交货条件：{incoterm}（Incoterms® 2020）。\n"
        "本报价有效期至 {valid_until}。电芯价格随锂原材料市场波动，逾期下单需重新报价。\n"
        "付款方式：除另有书面约定外，下单预付 30 %，发货前电汇付清 70 %。\n"
        "交货期以订单确认书为准。\n"
        "技术参数根据电芯厂家规格书计算，最终以双方确认的产品规格书为准。\n"
        "能量超过 100 Wh 的锂离子电池按危险品运输（UN 3480，第 9 类），随货提供 UN38.3 测试概要。\n"
        "质保按产品规格书及质保协议执行。"),
}

CATALOGUE: dict[str, dict[str, str]] = {"en": EN, "zh": ZH}


def labels(language: str) -> dict[str, str]:
    """The label dict of ``language`` (``"en"`` or ``"zh"``)."""
    from packconfig.core.errors import InputError

    try:
        return CATALOGUE[language]
    except KeyError:
        raise InputError(f"language must be one of {', '.join(LANGUAGES)}, "
                         f"got {language!r}") from None
