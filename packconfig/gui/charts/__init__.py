"""Charts: the pack layout (QPainter) and QtCharts views, imported lazily."""
