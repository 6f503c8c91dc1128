"""Reading the text of a screenshot: bounded image decoding, then Tesseract (optional feature).

Theory of operation. A screenshot is hostile input like any server text (style.md §10): its
bytes are capped (MAX_IMAGE_BYTES) before Pillow sees them, only a few formats are decoded,
the pixel count is checked from the header before any decoding (MAX_PIXELS; Pillow's
`Image.MAX_IMAGE_PIXELS` is set to the same cap so that a decompression bomb is refused by
Pillow too), and Tesseract runs as a subprocess with a time limit (pytesseract kills it).

The image is prepared as Tesseract reads best (library-notes.md "OCR"): grey, dark mode
inverted to dark text on light, small screenshots upscaled 2×, huge ones scaled down to
OCR_PIXELS. Then a first pass in English; when its words say another language (a few common
words of each language the apps ship, `_WORDS`), a second pass in that language; when they
say none (a script Tesseract's English model cannot read: of ours, Japanese), a second pass
in Japanese and English (host names).

Tesseract and its Python binding are optional at run time: without them `read_text` raises
`OcrUnavailable` with what to install, and everything else works.
"""

from __future__ import annotations

import functools
import io
import os
import re
import time
from typing import TYPE_CHECKING

from diagnostics.frozen import frozen
from diagnostics.policy import InvalidTarget

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = [
    "LANGUAGES",
    "MAX_IMAGE_BYTES",
    "MAX_PIXELS",
    "OCR_TIMEOUT",
    "OcrText",
    "OcrUnavailable",
    "ocr_languages",
    "read_text",
]

MAX_IMAGE_BYTES = 12 * 1024 * 1024  # a phone screenshot is 0.2–5 MB; Discord allows 25 MB
MAX_PIXELS = 40_000_000  # a 5K screen is 14.7 MP, a tall phone capture of a long page ~20 MP
OCR_PIXELS = 8_000_000  # what Tesseract is given at most: its time grows with the pixels
UPSCALE_BELOW = 1000  # screenshots narrower than this (a 1× capture) are read 2× larger
OCR_TIMEOUT = 12.0  # seconds for all of Tesseract's passes on one image
BACKDROP_TOLERANCE = 12  # grey levels: JPEG noise and a dimmed backdrop's gradient stay below
DARK_MEAN = 110  # mean grey below this: light text on dark (dark mode), inverted first
FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP")
MAX_TEXT_CHARS = 20_000
# Tesseract's names for the languages the apps' corpus has (Debian tesseract-ocr-<name>).
LANGUAGES = ("eng", "deu", "fra", "spa", "ita", "nld", "por", "pol", "jpn")
INSTALL_HINT = (
    "reading screenshots needs Tesseract OCR, which is not installed here "
    "(Debian: apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-fra ...); "
    "paste the text of the message instead"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A few frequent words per language, as they appear in the apps' error dialogs: enough to tell
# which language model should read the image again. Matched as whole words, lower case.
_WORDS: dict[str, frozenset[str]] = {
    "eng": _words("the is to of and for not could cannot failed password your was with incorrect"),
    "deu": _words(
        "der die das ist nicht und konnte kann werden wurde verbindung mit fehlgeschlagen "
        "für passwort ihr zum des"
    ),
    "fra": _words(
        "le la les est pas et de du des impossible une un vous serveur connexion mot passe "
        "été échec"
    ),
    "spa": _words(
        "el la los las es no y de del se puede pudo con servidor contraseña conexión error una"
    ),
    "ita": _words(
        "il lo la è non di del della impossibile con server connessione una stato errore per"
    ),
    "nld": _words("de het is niet en van een kan kon met verbinding wachtwoord mislukt naar er"),
    "por": _words("os as não de do da foi servidor senha conexão falha uma ao está"),
    "pol": _words(
        "nie jest się z do na serwera serwer hasło połączenie błąd nazwa użytkownika lub można"
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_NAME = re.compile(r"[\w.+-]*\w\.[a-z]{2,}\b", re.IGNORECASE)
ENOUGH_WORDS = 2  # hits needed before a language counts as seen


# Tesseract's Japanese model puts a space between characters ("ログ イン に 失敗"); Japanese
# has none, and the apps' strings we match against have none.
_CJK = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) +(?=[{_CJK}])")


def clean_text(text: str) -> str:
    """OCR's text with the misreadings that would hide a language-independent token undone,
    and Japanese without the spaces Tesseract puts between its characters."""
    from diagnostics.paste.text import fix_error_numbers

    return fix_error_numbers(_CJK_SPACE.sub("", text))


class OcrUnavailable(RuntimeError):
    """Tesseract (or its Python binding, or Pillow) is missing: say what to install."""


@frozen
class OcrText:
    """What was read from an image, and how."""

    text: str
    languages: str  # Tesseract's language string of the pass whose text is returned
    width: int
    height: int
    inverted: bool  # dark mode
    scale: float
    elapsed_ms: int


def _require_dependencies() -> None:
    try:
        import pytesseract  # noqa: F401
        from PIL import Image  # noqa: F401
    except ImportError as exc:  # an install without the OCR dependencies
        raise OcrUnavailable(INSTALL_HINT) from exc


@functools.cache
def ocr_languages() -> tuple[str, ...]:
    """Our languages that this machine's Tesseract has, English first; raises OcrUnavailable."""
    _require_dependencies()
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrUnavailable(INSTALL_HINT) from exc
    found = tuple(lang for lang in LANGUAGES if lang in installed)
    if "eng" not in found:
        raise OcrUnavailable(INSTALL_HINT + " (its English model, tesseract-ocr-eng, is missing)")
    return found


def _open(data: bytes) -> Image:
    """The first frame, decoded within the caps; InvalidTarget for anything else."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidTarget(
            f"the image is {len(data) / 1e6:.1f} MB; send one under "
            f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB (a screenshot of the message is enough)"
        )
    # Pillow refuses more than twice this many pixels by itself (DecompressionBombError); the
    # check below refuses anything over it, before a single pixel is decoded.
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(data), formats=FORMATS)
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise InvalidTarget(
                f"the image is {width}×{height} pixels, more than we read "
                f"({MAX_PIXELS // 1_000_000} million): crop it to the message"
            )
        image.seek(0)
        image.load()
    except InvalidTarget:
        raise
    except Image.DecompressionBombError as exc:
        raise InvalidTarget("the image is far too large to read: crop it to the message") from exc
    except (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError) as exc:
        # Pillow signals truncated and malformed files with these (SyntaxError: bad PNG chunks).
        raise InvalidTarget(
            "that file is not an image we can read: send a PNG, JPEG, WebP or GIF screenshot"
        ) from exc
    return image


def _crop_backdrop(grey: Image) -> Image:
    """The part that differs from the uniform backdrop around a dialog (an iOS alert over a
    dimmed screen is a tenth of the image): less for Tesseract to segment, and the dialog's
    own colours decide dark mode. An image without a uniform border is returned whole."""
    from PIL import Image as PILImage
    from PIL import ImageChops

    width, height = grey.size
    # An "L" image's pixel is an int; getpixel's declared type covers every mode.
    corners = [
        int(grey.getpixel(xy))  # type: ignore[arg-type]
        for xy in ((0, 0), (width - 1, 0), (0, height - 1))
    ]
    if max(corners) - min(corners) > BACKDROP_TOLERANCE:
        return grey
    backdrop = PILImage.new("L", grey.size, corners[0])
    mask = ImageChops.difference(grey, backdrop).point(
        lambda v: 255 if v > BACKDROP_TOLERANCE else 0
    )
    box = mask.getbbox()
    if box is None:
        return grey
    left, top, right, bottom = box
    margin = max(8, min(width, height) // 50)
    cropped = grey.crop(
        (
            max(0, left - margin),
            max(0, top - margin),
            min(width, right + margin),
            min(height, bottom + margin),
        )
    )
    return cropped if cropped.width * cropped.height < 0.9 * width * height else grey


def _prepare(image: Image) -> tuple[Image, bool, float]:
    """Grey, dark text on light, at a size Tesseract reads well."""
    from PIL import Image as PILImage
    from PIL import ImageOps, ImageStat

    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        # A transparent screenshot (a cut-out dialog) over white, as it was seen.
        rgba = image.convert("RGBA")
        backdrop = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = PILImage.alpha_composite(backdrop, rgba)
    # A 1× capture (a phone's screen at CSS size) has 13-pixel text: read it 2× larger.
    # Decided on the whole image: a cropped desktop dialog is narrow, its text is not small.
    scale = 2.0 if image.width < UPSCALE_BELOW else 1.0
    grey = _crop_backdrop(image.convert("L"))
    inverted = ImageStat.Stat(grey).mean[0] < DARK_MEAN
    if inverted:
        grey = ImageOps.invert(grey)
    width, height = grey.size
    if width * height * scale * scale > OCR_PIXELS:
        scale = (OCR_PIXELS / (width * height)) ** 0.5
    if scale != 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        grey = grey.resize(size, PILImage.Resampling.LANCZOS)
    return grey, inverted, scale


def guess_language(text: str) -> str | None:
    """The language whose common words the text has most of (English first among equals), None
    when no language has ENOUGH_WORDS of them: then the first pass read a script it does not
    know (Japanese read as English is "OF4 RK ... ABLELK", one "of" by chance)."""
    # Host names and addresses are no language ("example.com" is not Portuguese "com"), and
    # one-letter words ("o", "a", "e") are what OCR makes of strokes it cannot read.
    prose = _NAME.sub(" ", text)
    words = [w.casefold() for w in _WORD.findall(prose) if len(w) > 1]
    counts = {lang: sum(1 for w in words if w in common) for lang, common in _WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])  # first of the ties: English
    return best if counts[best] >= ENOUGH_WORDS else None


def _tesseract(image: Image, languages: str, deadline: float) -> str:
    import pytesseract

    # Debian's Tesseract 5 is built with OpenMP: on a small image its threads (one per core, in
    # nested parallel loops) mostly wait for each other, and several readings at once (the bot)
    # starve each other (tesseract-ocr/tesseract#3109, #1035). One thread per reading: the
    # slowest screenshot of benchmarks/explain.py went from 2.07 s to 0.38 s on two cores. The
    # child process inherits the limit; an operator's own OMP_THREAD_LIMIT is kept.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    left = deadline - time.monotonic()
    if left <= 0.2:
        raise InvalidTarget(_too_slow())
    try:
        # --psm 3: automatic page segmentation (a dialog is blocks of text on a backdrop).
        text: str = pytesseract.image_to_string(
            image, lang=languages, config="--psm 3", timeout=left
        )
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise InvalidTarget(_too_slow()) from exc
        raise
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable(INSTALL_HINT) from exc
    return text[:MAX_TEXT_CHARS]


def _too_slow() -> str:
    return (
        f"reading the image took longer than {OCR_TIMEOUT:.0f} s: "
        "crop the screenshot to the error message"
    )


def read_text(data: bytes, *, timeout: float = OCR_TIMEOUT) -> OcrText:
    """The text of a screenshot (blocking: run it in a thread from async code).

    Raises InvalidTarget for a file that is not a readable image or is over the caps, and
    OcrUnavailable when Tesseract is not installed.
    """
    started = time.monotonic()
    deadline = started + timeout
    installed = ocr_languages()
    image = _open(data)
    width, height = image.size
    prepared, inverted, scale = _prepare(image)
    text = _tesseract(prepared, "eng", deadline)
    used = "eng"
    seen = guess_language(text)
    if seen != "eng":
        # The language's own model alone reads its letters (ö, ł, é) best and fastest; a host
        # name or an error number reads the same in every Latin-script model.
        if seen is not None and seen in installed:
            used = seen
        else:  # no Latin-script language's words: Japanese (with English for host names)
            used = "jpn+eng" if "jpn" in installed else "+".join(installed)
        if used != "eng":
            text = _tesseract(prepared, used, deadline)
    return OcrText(
        text=clean_text(text).strip(),
        languages=used,
        width=width,
        height=height,
        inverted=inverted,
        scale=round(scale, 2),
        elapsed_ms=round((time.monotonic() - started) * 1000),
    )
