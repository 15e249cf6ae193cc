"""What a PDF page shows: the part of its sheet (MediaBox) inside its CropBox. A viewer and a printer
show only that part; a printing house's file keeps its slug line («Job 4471 · PLATE CYAN · …»), crop
marks and colour bars outside it, on the sheet's edge, which are no text of the page."""
from __future__ import annotations

Rect = tuple[float, float, float, float]


def crop_to_view(page) -> None:
    """Make pdfminer lay out ``page`` (a PDFPage) over its visible area only: its MediaBox is cut to
    its CropBox, so the layout's origin and size are the visible page's. A CropBox that leaves
    nothing of the sheet (a broken one) is ignored."""
    media, crop = _ordered(page.mediabox), _ordered(page.cropbox)
    if media is None or crop is None:
        return
    visible = (max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]), min(media[3], crop[3]))
    if visible != media and visible[2] - visible[0] >= 1 and visible[3] - visible[1] >= 1:
        page.mediabox = visible


def lines_in_view(boxes: list, width: float, height: float) -> list:
    """The text boxes (each with its ``lines``) with only their lines on the visible page, laid out
    by crop_to_view (``width`` by ``height``): pdfminer lays out what the content draws anywhere on
    the sheet. A line counts as shown when its middle is."""
    for box in boxes:
        box.lines = [ln for ln in box.lines if _in_view(ln, width, height)]
    return [box for box in boxes if box.lines]


def _in_view(line, width: float, height: float) -> bool:
    x, y = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    return 0 <= x <= width and 0 <= y <= height


def _ordered(rect) -> Rect | None:
    try:
        x0, y0, x1, y1 = (float(v) for v in rect)
    except (TypeError, ValueError):
        return None
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
