"""packconfig: battery pack configurator and quoting tool."""

__version__ = "0.1.0"
