"""Explore: the design-space search. A customer's requirements (``requirements``), the
chunked vectorised search over every cell × S × P (``engine``), the Pareto front
(``pareto``) and the search result as data (``results``; its words are in
:mod:`packconfig.explain`, outside the core).

May import ``commerce`` (cost arrays), ``pack``, ``cells`` and the foundation. Never
``store``.
"""
