// Signs requests with @alicloud/pop-core, Alibaba Cloud's Node.js SDK core, for the tests that
// hold the console's RPC signer against it. Reads a JSON array of cases from the file named
// by argv[2]; each is sent by pop-core's RPCClient to a loopback server here, which records
// the parameters exactly as they arrived (the query of a GET, the form body of a POST). Prints
// the JSON array of those recorded strings.
'use strict';

const fs = require('fs');
const http = require('http');
const RPCClient = require('@alicloud/pop-core').RPCClient;

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const seen = [];

const server = http.createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    seen.push(request.method === 'POST' ? body : query);
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ RequestId: 'oracle' }));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const endpoint = `http://127.0.0.1:${server.address().port}`;
  try {
    for (const c of cases) {
      const client = new RPCClient({
        endpoint,
        apiVersion: c.version,
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        securityToken: c.securityToken || undefined,
      });
      await client.request(c.action, c.params, { method: c.method, formatParams: false,
                                                 formatAction: false, timeout: 10000 });
    }
    process.stdout.write(JSON.stringify(seen));
    server.close();
  } catch (error) {
    process.stderr.write(String(error && error.stack || error) + '\n');
    process.exit(1);
  }
});
