package com.acme.orders.domain;

import static org.springframework.util.Assert.notNull; // violation

import jakarta.persistence.Entity; // violation
import java.util.List;
import javax.annotation.processing.Generated;
import javax.inject.Inject; // violation
import org.hibernatex.NotHibernate;
import org.springframework.stereotype.Service; // violation

class InputFrameworkImportDomain {
}
