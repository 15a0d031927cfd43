package org.example.commune;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A commune's child-register service. */
@SpringBootApplication
public class CommuneApplication {
  public static void main(String[] args) {
    SpringApplication.run(CommuneApplication.class, args);
  }
}
