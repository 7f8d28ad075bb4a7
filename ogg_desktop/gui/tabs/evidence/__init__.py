"""Evidence: the items of a case, the image as captured, its fixed facts and the details recorded.

The tab (tab.py) is put together from its parts: the item list with thumbnails (item_list.py), the image
and its facts (preview.py), the details form (details_form.py), text recognition (text_recognition.py)
and import / paste / drag and drop / export (importing.py)."""

from ogg_desktop.gui.tabs.evidence.addresses import looks_like_web_address
from ogg_desktop.gui.tabs.evidence.importing import IMAGE_FILTER_PATTERNS, PNG_SIGNATURE, png_from_image
from ogg_desktop.gui.tabs.evidence.item_list import THUMB
from ogg_desktop.gui.tabs.evidence.preview import PREVIEW_HEIGHT, PREVIEW_WIDTH
from ogg_desktop.gui.tabs.evidence.tab import EvidenceTab
from ogg_desktop.gui.tabs.evidence.widgets import DelayMenu, PreviewLabel, delay_menu

__all__ = [
    "IMAGE_FILTER_PATTERNS",
    "PNG_SIGNATURE",
    "PREVIEW_HEIGHT",
    "PREVIEW_WIDTH",
    "THUMB",
    "DelayMenu",
    "EvidenceTab",
    "PreviewLabel",
    "delay_menu",
    "looks_like_web_address",
    "png_from_image",
]
