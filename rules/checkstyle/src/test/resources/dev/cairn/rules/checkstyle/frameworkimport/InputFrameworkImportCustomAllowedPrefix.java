package com.acme.orders.web.rest;

import com.vendor.sdk.Client;

class InputFrameworkImportCustomAllowedPrefix {
}
