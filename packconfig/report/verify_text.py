"""The lines of a quote-PDF verdict (:mod:`packconfig.report.verify`) in English and
Chinese: one template per check code, with ``{placeholders}`` filled from the check's
params. Both languages have the same codes (tested)."""

from __future__ import annotations

from collections.abc import Mapping

EN: dict[str, str] = {
    "verdict_ok": "{label}: signed by {signer} on {when}; valid, unchanged and trusted",
    "verdict_unsigned": "{label}: not signed; the seller's signature cannot be checked",
    "verdict_untrusted": "{label}: signed by {signer} and unchanged, but the signer's "
                         "certificate is not trusted",
    "verdict_fail": "{label}: NOT intact, do not rely on it ({n} check(s) failed)",
    "unreadable": "the PDF cannot be read ({error})",
    "not_signed": "not signed: the PDF carries no digital signature",
    "field_empty": "not signed: the signature field is empty (the signature was removed)",
    "signed": "signed ({n} signature(s))",
    "sig_error": "signature {field} cannot be checked ({error}): treat the PDF as altered",
    "digest_mismatch": "signature {field} does not match the document: the signed bytes "
                       "were changed after signing",
    "sig_invalid": "signature {field} is not a valid signature of the signer's "
                   "certificate",
    "intact": "signature {field} is valid: the signed bytes are unchanged",
    "entire_file": "nothing was added after signing (the signature covers the whole file)",
    "later_validation_only": "after signing only validation data was added",
    "changed_after": "the document was changed after signing (an appended update "
                     "alters it; modification level {level})",
    "trusted": "the signer's certificate is trusted ({subject}, issued by {issuer})",
    "untrusted": "the signer's certificate is not trusted: {reason} ({subject}, issued "
                 "by {issuer})",
    "untrusted_no_list": "the signer's certificate is not trusted: no trust list is set, "
                         "see signing.trust in settings ({subject}, issued by {issuer})",
    "trust_file_bad": "trust list entry {path} is not a readable PEM/DER certificate "
                      "({error})",
    "no_quote_data": "no readable quote data: {error}",
    "consistent": "the page text shows quote.json's number, revision, customer, prices "
                  "and totals ({label})",
    "text_mismatch": "the page text does not show quote.json's {what} ({text})",
    "register_no_number": "register not checked: the quote has no number",
    "register_skipped": "register not checked",
    "register_absent": "register not checked: no quote register on this computer",
    "register_unreachable": "register not checked: {error}",
    "register_missing": "{label} is not in the quote register",
    "register_match": "{label} matches the quote register's record",
    "register_differs": "{label} differs from the quote register's record ({fields})",
}

ZH: dict[str, str] = {
    "verdict_ok": "{label}：由 {signer} 于 {when} 签名；签名有效、文件未被修改且证书可信",
    "verdict_unsigned": "{label}：未签名，无法核验卖方签名",
    "verdict_untrusted": "{label}：由 {signer} 签名且未被修改，但签名人证书不可信",
    "verdict_fail": "{label}：文件已不完整，请勿采信（{n} 项检查未通过）",
    "unreadable": "无法读取该 PDF（{error}）",
    "not_signed": "未签名：PDF 中没有数字签名",
    "field_empty": "未签名：签名域为空（签名已被删除）",
    "signed": "已签名（{n} 个签名）",
    "sig_error": "签名 {field} 无法核验（{error}）：应视为已被篡改",
    "digest_mismatch": "签名 {field} 与文件内容不符：签名后已签名的内容被修改",
    "sig_invalid": "签名 {field} 不是该签名人证书的有效签名",
    "intact": "签名 {field} 有效：已签名的内容未被修改",
    "entire_file": "签名后没有追加任何内容（签名覆盖整个文件）",
    "later_validation_only": "签名后只追加了验证数据",
    "changed_after": "签名后文件被修改（追加的更新改变了文件内容；修改级别 {level}）",
    "trusted": "签名人证书可信（{subject}，签发者 {issuer}）",
    "untrusted": "签名人证书不可信：{reason}（{subject}，签发者 {issuer}）",
    "untrusted_no_list": "签名人证书不可信：未设置信任列表，见设置中的 signing.trust"
                         "（{subject}，签发者 {issuer}）",
    "trust_file_bad": "信任列表中的 {path} 不是可读取的 PEM/DER 证书（{error}）",
    "no_quote_data": "没有可读取的报价数据：{error}",
    "consistent": "页面文字与 quote.json 的报价单号、版本、客户、价格和合计一致（{label}）",
    "text_mismatch": "页面文字中没有 quote.json 的 {what}（{text}）",
    "register_no_number": "未核对报价登记簿：报价没有编号",
    "register_skipped": "未核对报价登记簿",
    "register_absent": "未核对报价登记簿：本机没有报价登记簿",
    "register_unreachable": "未核对报价登记簿：{error}",
    "register_missing": "报价登记簿中没有 {label}",
    "register_match": "{label} 与报价登记簿中的记录一致",
    "register_differs": "{label} 与报价登记簿中的记录不一致（{fields}）",
}


#: Why a certificate is not trusted (pyHanko's AdES sub-indications), in words.
REASONS_EN = {
    "NO_CERTIFICATE_CHAIN_FOUND": "no chain to a CA in the trust list",
    "OUT_OF_BOUNDS_NO_POE": "the certificate was not valid at the signing time",
    "EXPIRED": "the certificate has expired",
    "NOT_YET_VALID": "the certificate is not valid yet",
    "REVOKED_NO_POE": "the certificate is revoked",
    "CHAIN_CONSTRAINTS_FAILURE": "the chain breaks a CA constraint",
    "CRYPTO_CONSTRAINTS_FAILURE": "the certificate uses a weak algorithm",
    "SIG_CONSTRAINTS_FAILURE": "the certificate may not sign documents (key usage)",
    "NOT_JUDGED": "not judged: the signature does not match the document",
}
REASONS_ZH = {
    "NO_CERTIFICATE_CHAIN_FOUND": "无法链接到信任列表中的 CA",
    "OUT_OF_BOUNDS_NO_POE": "签名时证书不在有效期内",
    "EXPIRED": "证书已过期",
    "NOT_YET_VALID": "证书尚未生效",
    "REVOKED_NO_POE": "证书已被吊销",
    "CHAIN_CONSTRAINTS_FAILURE": "证书链不符合 CA 约束",
    "CRYPTO_CONSTRAINTS_FAILURE": "证书使用了弱算法",
    "SIG_CONSTRAINTS_FAILURE": "证书不允许用于签署文件（密钥用途）",
    "NOT_JUDGED": "未判定：签名与文件不符",
}


def line_text(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """The text of ``code`` in ``language`` ("en"/"zh"), filled with ``params``."""
    table = ZH if language == "zh" else EN
    template = table.get(code, EN.get(code, code))
    if "reason" in params:
        reasons = REASONS_ZH if language == "zh" else REASONS_EN
        params = {**params, "reason": reasons.get(str(params["reason"]), params["reason"])}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
