import nock from "nock";

// No test may reach the network: a request that no nock scope answers fails loudly.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
