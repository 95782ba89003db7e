package org.mutuality.sandbox.http;

/** One operation of the Jira API. */
@FunctionalInterface
interface Endpoint {
  /**
   * @param call the request
   * @return the answer
   * @throws ApiError for Jira's error answers
   */
  Reply handle(Call call);
}
