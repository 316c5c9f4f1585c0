"""Issue a quote and write its PDF together: both happen or neither does.

Order (issue 14, item 3): the PDF's folder is checked first by creating the temporary
file next to it (a missing folder, a read-only folder or a target that is a folder fail
here, before the register is touched); then, inside one register write transaction
(:meth:`~packconfig.core.store.register.Register.issue_pending`), the quote is numbered,
its PDF rendered (the number is printed on it) and written to the temporary file
(fsync'ed: a full disk fails here); only then is the transaction committed and the
file renamed over the target. Any failure before the commit rolls the issue back and
removes the temporary file: no number is consumed and no file appears. The one step
after the commit, the rename inside the same folder, can fail only if the folder
changes in between; the error then names the issued quote and how to print it again.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from packconfig.core.commerce.pricing import TierTable
from packconfig.core.commerce.quote import Quote, quote_to_json
from packconfig.core.errors import StorageError
from packconfig.core.fs.atomic import stage
from packconfig.core.store.register import Register
from packconfig.report.pdf import quote_pdf_bytes


def issue_with_pdf(draft: Quote, pdf_path: str | os.PathLike[str], language: str = "en",
                   tiers: TierTable | None = None, *,
                   json_path: str | os.PathLike[str] | None = None,
                   register: Register | None = None, signer: object = "auto"
                   ) -> tuple[Quote, Path]:
    """Issue ``draft`` in the register and write its PDF (and its JSON when
    ``json_path`` is given), all or nothing. Returns the issued quote and the PDF path.
    Raises the save's :class:`StorageError` (or the renderer's error) with nothing
    issued and nothing written. ``signer``: as :func:`~packconfig.report.pdf.quote_pdf_bytes`
    (the PDF is signed before the issue commits)."""
    draft = dataclasses.replace(draft, language=language)  # the quote remembers it
    own = register is None
    reg = Register() if register is None else register
    try:
        with stage(pdf_path) as pdf_file, _maybe_stage(json_path) as json_file:
            with reg.issue_pending(draft) as issued:
                pdf_file.write(quote_pdf_bytes(issued, language, tiers, signer=signer))
                if json_file is not None:
                    json_file.write(quote_to_json(issued).encode("utf-8"))
            try:
                path = pdf_file.commit()
                if json_file is not None:
                    json_file.commit()
            except StorageError as exc:
                raise StorageError(
                    f"{exc}. Quote {issued.label} was issued and is kept in the register; "
                    f"print it with: packconfig quote --reprint {issued.number} -o FILE.pdf"
                ).coded("issued_not_written", reason=str(exc), label=issued.label,
                        number=issued.number) from None
        return issued, path
    finally:
        if own:
            reg.close()


class _NoFile:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _maybe_stage(path: str | os.PathLike[str] | None):
    return _NoFile() if path is None else stage(path)
