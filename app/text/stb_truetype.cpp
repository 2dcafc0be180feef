// stb_truetype's implementation, from Debian's libstb-dev. It rasterises glyphs by
// index (HarfBuzz gives indices, not characters); ImGui's own copy is file-static.
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>
