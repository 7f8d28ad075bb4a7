"""OGG Desktop: an offline, encrypted case file for online harassment of employees."""

__version__ = "0.1.0"
APP_NAME = "OGG Desktop"
APP_ID = "ogg-desktop"
