"""Commerce: what a pack costs and what it is sold for. Exchange rates (``fx``), the
cost build-up in Decimal (``costing``) and its exact int64 array form for the explorer
(``costing_arrays``), list price, tiers and tax (``pricing``), the quote model with
revisions (``quote``) and the commercial settings (``settings``).

May import ``pack`` (a quote carries a design and its results), ``cells`` and the
foundation. Never ``explore`` or ``store``.
"""
