package io.dataaggregator.connector.http;

/**
 * How requests authenticate. The constants are lower case on purpose: they are the values users
 * write in YAML, and the JSON Schema generator lists enum constants by their Java names.
 */
@SuppressWarnings("java:S115")
public enum AuthType {
  none,
  basic,
  bearer,
  api_key,
  oauth2_client_credentials,
  oauth2_refresh_token
}
