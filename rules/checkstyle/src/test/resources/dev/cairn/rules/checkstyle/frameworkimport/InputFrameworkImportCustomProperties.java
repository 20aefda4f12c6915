package com.acme.orders.application;

import com.vendor.sdk.Client; // violation
import org.springframework.stereotype.Service;

class InputFrameworkImportCustomProperties {
}
