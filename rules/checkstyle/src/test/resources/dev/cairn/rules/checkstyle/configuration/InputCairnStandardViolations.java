package com.acme.orders.domain;

import java.util.*;
import java.util.Map;
import org.springframework.stereotype.Service;

class InputCairnStandardViolations {
    private String password = "hunter2";

    int describe(int status) {
        switch (status) {
            case 1:
                return 10;
        }
        try {
            return Integer.parseInt("42");
        } catch (NumberFormatException e) {
        }
        return 0;
    }

    boolean isOpen(boolean open) {
        if (open == true) {
            return true;
        } else {
            return false;
        }
    }
}
