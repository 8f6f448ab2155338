package it.traguardo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Traguardo {
  public static void main(String[] args) {
    SpringApplication.run(Traguardo.class, args);
  }
}
