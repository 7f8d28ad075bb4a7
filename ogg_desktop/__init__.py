"""OGG Desktop: an offline, encrypted case file for online harassment of employees."""

__version__ = "0.1.0"
APP_NAME = "OGG Desktop"
APP_ID = "ogg-desktop"
# The desktop entry's id (packaging/linux/<DESKTOP_ID>.desktop): Wayland matches windows to it.
DESKTOP_ID = "nl.oggdesktop.ogg_desktop"
