#include "propagation.h"
