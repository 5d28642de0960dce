// Production deployment: Elastic Premium EP1 and autoscale Cosmos DB.
// Set TECHROUTE_TEAMS_WEBHOOK_URL and TECHROUTE_OVERRIDE_AUTH_CLIENT_ID before
// `az deployment group create`. Secrets never go into this file.
using '../main.bicep'

param namePrefix = 'trprod'
param firstTenantId = 'contoso-msp'
param teamsWebhookUrl = readEnvironmentVariable('TECHROUTE_TEAMS_WEBHOOK_URL')
param size = 'medium'
param overrideAuthClientId = readEnvironmentVariable('TECHROUTE_OVERRIDE_AUTH_CLIENT_ID')
param ticketsMaxDeliveryCount = 10
param tags = {
  application: 'techroute'
  environment: 'prod'
}
