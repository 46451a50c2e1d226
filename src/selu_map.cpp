#include "selu_map.h"
