// stb_image's implementation, from Debian's libstb-dev: decodes the product photos
// (JPEG and PNG) for app/photo_textures.cpp.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#include <stb/stb_image.h>
