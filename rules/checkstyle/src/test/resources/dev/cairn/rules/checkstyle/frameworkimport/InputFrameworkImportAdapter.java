package com.acme.orders.adapter.web;

import static org.springframework.util.Assert.notNull;

import jakarta.persistence.Entity;
import org.springframework.web.bind.annotation.RestController;

class InputFrameworkImportAdapter {
}
