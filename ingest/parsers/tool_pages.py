"""Pages a program writes, not a site's author: a web server's listing of a folder's files and
HTTrack's index of the sites it mirrored. A mirror saves them among the site's pages; they hold
file names, sizes and links, no text of the archive."""
from __future__ import annotations

import re

# Apache's, nginx's and lighttpd's automatic listing: «Index of /uploads/2019» as its title and heading
_LISTING_TITLE = re.compile(r"\s*Index of /", re.IGNORECASE)
# HTTrack writes its index of projects («List of available projects», «Local index») with its name
_HTTRACK = "HTTrack Website Copier"

FOLDER_LISTING_MESSAGE = ("The page is a web server's listing of a folder's files (Index of /…), no document: the "
                          "files it lists are documents of their own where the mirror saved them.")
MIRROR_INDEX_MESSAGE = ("The page is HTTrack's index of the sites it mirrored, no page of a site: the sites' pages "
                        "are files of their own.")


def is_folder_listing(window_title: str, headings: list[str]) -> bool:
    """A web server's listing of a folder: «Index of /…» as both its title and its first heading."""
    return bool(_LISTING_TITLE.match(window_title)) and bool(headings) and bool(_LISTING_TITLE.match(headings[0]))


def is_mirror_index(window_title: str, generator: str) -> bool:
    """HTTrack's own index page: its name in the title and as the generator. The pages it mirrored
    keep their own titles and say «Mirrored from … by HTTrack» in a comment only."""
    return _HTTRACK in window_title and generator.strip().startswith(_HTTRACK)
