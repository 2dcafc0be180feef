// stb_image and stb_image_write, from Debian's libstb-dev, implemented once for the
// app: decoding product photos (JPEG and PNG, app/photo_textures.cpp) and writing
// images (the certificate's PNG, app/certificate.cpp).
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#include <stb/stb_image.h>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>
