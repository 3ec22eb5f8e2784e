// The one translation unit that compiles stb_image and stb_image_resize (header-only libraries
// from Debian's libstb-dev) for the image-folder reader.

#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STBI_NO_GIF // decoding the formats the reader accepts (PNG, JPEG, BMP) and nothing animated
#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>
